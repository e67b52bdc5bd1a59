"""Pure Python: content model, rules and state machines. Never imports Qt."""
