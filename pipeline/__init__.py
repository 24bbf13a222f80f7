"""clerk-intake's pipeline: ingest, the stages and their one composition, the Prefect flows
and the command line. Prefect is configured (pipeline/prefect_env.py) by pipeline/flow.py,
the only module that imports it, and only when a flow is run."""
