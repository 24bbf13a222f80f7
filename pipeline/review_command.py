"""`intake review`: the reviewer's workbench (review/) served by uvicorn on the database of
record. Imported only when the command runs: the web stack never slows `intake --help`."""

from __future__ import annotations

from rich.console import Console

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def serve(host: str, port: int, console: Console, secure_cookies: bool = False) -> None:
    import uvicorn

    from pipeline.store_commands import opened
    from review.app import create_app
    from review.settings import review_settings
    from store.db import data_dir

    with opened() as store:  # migrated to the newest schema; a failure is exit 75
        settings = review_settings(data_dir(), cookie_secure=secure_cookies)
        app = create_app(store, settings)
        shown = f"[{host}]" if ":" in host else host
        console.print(f"The reviewer's workbench: http://{shown}:{port}/ (Ctrl-C stops it)")
        if host not in LOOPBACK and not secure_cookies:
            console.print("warning: served beyond this machine over plain HTTP; put it "
                          "behind TLS (a reverse proxy) and use --secure-cookies before "
                          "reviewers log in from elsewhere", style="yellow")
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
