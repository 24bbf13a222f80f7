"""The `almanac` sample set: packets written blind, from the guidelines and rulings only.

The generator never imports product code: every fact a document prints is also the fact
its truth records, and the points in the truth are worked out in `truth.py` from those
facts by the IIMC Education Guidelines and the department's rulings.
"""
