"""Pictures, charts and voice notes, made off the event loop in a worker process."""
