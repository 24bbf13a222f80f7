"""The birch sample set: a blind generator (rules from the Education Guidelines only)."""
