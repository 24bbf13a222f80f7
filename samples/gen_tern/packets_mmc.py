"""The five MMC packets of the tern set."""
PACKETS = []
