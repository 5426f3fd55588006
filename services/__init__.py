"""Use cases: one module a feature; each public function is one thing a person or a timer does."""
