"""The coaching domain in plain Python: no Telegram, no database, no scheduler."""
