"""clerk-intake's pipeline: ingest, stages, the Prefect flows and the command line.

Prefect's environment (project-own PREFECT_HOME, analytics off, quiet logs) is set here,
before anything can import Prefect.
"""

from pipeline.prefect_env import configure

configure()
