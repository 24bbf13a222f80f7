"""The `ledger` sample set: packets drawn from the interface, rulings, conventions and the
Education Guidelines alone (no look at how the product reads). See samples/README.md."""
