"""Rendering: each use case's result as text and buttons, for handlers and the scheduler alike."""
