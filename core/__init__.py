"""What every layer of clerk-intake shares: the one data model (`core.models`), errors and
exit codes (`core.errors`), settings (`core.settings`) and person-name matching
(`core.names`). It imports nothing of the project and never Prefect."""
