"""The `juniper` blind sample set: packets written by an author who never saw the product's code.

Every document is one dict of the facts it prints (`fields`), drawn by the renderers and
copied into the truth, so the truth holds nothing that is not on the paper.
"""
