"""Blind sample generator `quarry`: twelve invented packets (7 CMC, 5 MMC) with ground truth.

Written from the Education Guidelines, the rulings and the documented conventions only,
without sight of the product's code or of the other sample sets, so that the first
measurement on this set is an honest one. `python -m samples.gen_quarry` writes
`samples/quarry/`; `--scanned` adds image-only twins under `samples/quarry_scanned/`.
"""
