"""dahlia: a blind sample-packet generator (see samples/README.md, "The dahlia set")."""
