"""The wren sample set: a blind, independent generator of mailed CMC/MMC packets.

Written from the interface, the conventions, the rulings and the Education Guidelines
only (samples/README.md, "The wren set"). Run ``python -m samples.gen_wren``.
"""
