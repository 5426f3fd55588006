"""How replies reach Telegram: the outbox that sends and edits, and the rate limiter under it."""
