"""What a tap's handler and a timer's job share: the typed context, the person's words, and
posting what comes next in a guided session."""
