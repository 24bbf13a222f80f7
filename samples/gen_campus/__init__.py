"""Sample packets in the style of universities and employers (campus set)."""
