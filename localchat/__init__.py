"""The local chat: an embedded, strict Bot API server with a web page to chat with the bot.

It imports nothing of the bot's own packages: the bot talks to it as it talks to Telegram.
"""
