"""Media made off the event loop: voice notes assembled from recorded clips."""
