"""The Telegram face of the bot: one module a feature, all thin."""
