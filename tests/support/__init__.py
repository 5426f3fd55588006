"""What the tests share: one way to start the bot, one person driver, fake time, test data."""
