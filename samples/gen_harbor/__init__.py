"""The harbor sample set: an independent generator of clerk-intake packets (see samples/README.md)."""
