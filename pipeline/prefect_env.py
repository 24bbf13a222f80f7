"""Prefect's settings for this project, set before Prefect is first imported.

With no PREFECT_API_URL, Prefect runs each flow against a temporary local server that it
starts and stops itself; PREFECT_HOME keeps its database inside the project. Point
PREFECT_API_URL at a running `prefect server start` (or Prefect Cloud) to record runs
there instead.
"""

from __future__ import annotations

import os

from core.settings import PROJECT_ROOT

DEFAULTS = {
    "PREFECT_HOME": str(PROJECT_ROOT / ".prefect"),
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    # the runs' own log lines (a packet's stages, its retries) reach the server at INFO,
    # for the Prefect UI; the terminal still shows warnings and errors only
    "PREFECT_LOGGING_LOGGERS_PREFECT_FLOW_RUNS_LEVEL": "INFO",
    "PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL": "INFO",
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
}


def configure() -> None:
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)

