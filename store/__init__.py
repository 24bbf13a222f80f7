"""The database of record: packets as read, what reviewers changed, and why (docs/store.md).

SQLAlchemy lives here and nowhere below; `review/` (the web app) and `pipeline/` (the CLI)
call the functions re-exported here.
"""

from store.db import Store, connect, current_revision, head_revision, upgrade, upgrade_url
from store.history import AuditEvent, export_history, history
from store.records import Stored, content_key, store_result
from store.results import reviewed_result
from store.review_ops import (
    BadValue,
    Change,
    NotFound,
    StaleEdit,
    coerce_value,
    correct_field,
    decide_flag,
    decide_proposal,
    set_packet_status,
)
from store.users import (
    User,
    UserError,
    add_user,
    deactivate_user,
    get_user,
    get_user_by_name,
    list_users,
    set_password,
    verify_login,
)
from store.views import (
    DocumentView,
    PacketView,
    Queue,
    document_view,
    packet_view,
    queue,
    source_path,
)

__all__ = [
    "AuditEvent", "BadValue", "Change", "DocumentView", "NotFound", "PacketView", "Queue",
    "StaleEdit", "Store", "Stored", "User", "UserError", "add_user", "coerce_value",
    "connect", "content_key", "correct_field", "current_revision", "deactivate_user",
    "decide_flag", "decide_proposal", "document_view", "export_history", "get_user",
    "get_user_by_name", "head_revision", "history", "list_users", "packet_view", "queue",
    "reviewed_result", "set_packet_status", "set_password", "source_path", "store_result",
    "upgrade", "upgrade_url", "verify_login",
]
