"""The yardstick for bench/throughput.py: a bare python-telegram-bot echo bot, nothing else.

TELEGRAM_BOT_TOKEN=... TELEGRAM_BASE_URL=... [ECHO_RATE_LIMITER=1] python bench/echo_bot.py

With ECHO_RATE_LIMITER=1 it sends through our FloodControl, as our bot does (under Telegram's
30 messages a second).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from delivery.pacing import FloodControl


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say back what the person said."""
    assert update.effective_message is not None and update.effective_message.text is not None
    await update.effective_message.reply_text(update.effective_message.text)


def main() -> None:
    """Long polling until SIGTERM, like our bot."""
    builder = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_BASE_URL"])
    )
    if os.environ.get("ECHO_RATE_LIMITER") == "1":
        builder = builder.rate_limiter(FloodControl())
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
