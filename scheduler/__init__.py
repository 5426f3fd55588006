"""Jobs and process lifetime: reminder sweeps, hold timers, the active-instance lease."""
