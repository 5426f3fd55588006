"""The real content files, read once per test process (parsing every catalogue takes a second)."""

from __future__ import annotations

from content import Content, load_content

CONTENT: Content = load_content()
