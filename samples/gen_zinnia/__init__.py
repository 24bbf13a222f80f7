"""The zinnia sample set: a blind, independent generator of IIMC designation packets.

Written from the guidelines, rulings and interface only (samples/README.md, "The zinnia
set"); `python -m samples.gen_zinnia --help`.
"""
