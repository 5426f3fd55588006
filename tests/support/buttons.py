"""Every kind of button the bot draws: the Button classes of each module of views.buttons."""

from __future__ import annotations

import importlib
import pkgutil

import views.buttons
from views.codec import Button


def every_kind() -> list[type[Button]]:
    """Each button class, found in the module that defines it."""
    kinds = []
    for info in pkgutil.iter_modules(views.buttons.__path__):
        module = importlib.import_module(f"views.buttons.{info.name}")
        kinds += [
            kind
            for kind in vars(module).values()
            if isinstance(kind, type)
            and issubclass(kind, Button)
            and kind.__module__ == module.__name__
        ]
    return kinds
