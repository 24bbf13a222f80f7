"""The five MMC packets."""


def ALL():
    return []
