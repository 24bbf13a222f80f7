def packets():
    return []
