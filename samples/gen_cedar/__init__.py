"""The cedar sample set: written blind, from the interface, the rulings and the IIMC
Education Guidelines only (samples/README.md, "The cedar set")."""
