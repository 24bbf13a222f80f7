"""Sample packets written from the association world: clerks associations, institutes, leagues."""
