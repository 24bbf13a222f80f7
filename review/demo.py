"""The demo reviewer `make demo` ends with: `python -m review.demo` makes (or resets) the
user `demo`, a reviewer with the password printed below, on the database of record, and
says how to open the workbench. Idempotent: run again, it sets the same password."""

from __future__ import annotations

import sys

DEMO_USER = "demo"
DEMO_PASSWORD = "demo-reviewer"  # printed for the demo; not an account to keep in production
URL = "http://127.0.0.1:8000/"


def ensure_demo_reviewer(store: object) -> str:
    """The demo reviewer exists, active, with DEMO_PASSWORD; returns what was done."""
    from store import add_user, get_user_by_name, set_password

    user = get_user_by_name(store, DEMO_USER)  # type: ignore[arg-type]
    if user is None:
        add_user(store, DEMO_USER, "reviewer", DEMO_PASSWORD)  # type: ignore[arg-type]
        return "created"
    if not user.active:
        return "inactive"
    set_password(store, DEMO_USER, DEMO_PASSWORD)  # type: ignore[arg-type]
    return "password reset"


def main() -> int:
    from store import connect, upgrade
    from store.db import default_url

    store = connect(default_url())
    try:
        upgrade(store)
        done = ensure_demo_reviewer(store)
    finally:
        store.close()
    if done == "inactive":
        print(f"The user {DEMO_USER!r} was deactivated by an administrator; not changed.")
        return 1
    print(f"Demo reviewer {DEMO_USER!r} ({done}), password {DEMO_PASSWORD!r}.")
    print("Open the reviewer's workbench on the demo packets:")
    print("  .venv/bin/intake review")
    print(f"  then {URL} in a browser, and log in as {DEMO_USER} / {DEMO_PASSWORD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
