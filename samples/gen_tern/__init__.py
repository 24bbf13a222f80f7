"""tern: a blind sample-packet generator (see samples/README.md, "The tern set")."""
