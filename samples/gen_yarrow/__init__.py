"""The yarrow sample set: a blind generator of applicant packets with ground truth.

Written from docs/interface.md, docs/conventions.md, docs/rulings.md,
docs/interpretations.md and the Education Guidelines only (samples/README.md, "The
yarrow set").
"""
