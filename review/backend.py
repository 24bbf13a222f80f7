"""The store's functions the web app calls, in one place (the store's API contract).

The app's handlers call these names only, so what the app needs of the store is listed
here and nowhere else.
"""

from __future__ import annotations

from store import (
    BadValue,
    NotFound,
    StaleEdit,
    UserError,
    add_user,
    correct_field,
    deactivate_user,
    decide_flag,
    decide_proposal,
    document_view,
    export_history,
    get_user,
    history,
    list_users,
    packet_view,
    queue,
    reviewed_result,
    set_password,
    source_path,
    verify_login,
)

__all__ = [
    "BadValue", "NotFound", "StaleEdit", "UserError", "add_user", "correct_field",
    "deactivate_user", "decide_flag", "decide_proposal", "document_view", "export_history",
    "get_user", "history", "list_users", "packet_view", "queue", "reviewed_result",
    "set_password", "source_path", "verify_login",
]
