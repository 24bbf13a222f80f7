"""Users of the workbench, on both backends: argon2id hashes, logins, password changes
and deactivation ending sessions (session_version)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from store import (
    Store,
    UserError,
    add_user,
    deactivate_user,
    get_user,
    list_users,
    set_password,
    verify_login,
)
from store.tables import User as UserRow

PASSWORD = "correct horse battery"


def test_a_password_is_stored_as_an_argon2id_hash(store: Store) -> None:
    user = add_user(store, "rita", "reviewer", PASSWORD)
    with store.session() as s:
        stored = s.scalars(select(UserRow.password_hash).where(UserRow.id == user.id)).one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert verify_login(store, "rita", PASSWORD) == get_user(store, user.id)
    assert verify_login(store, "rita", "correct horse batterY") is None
    assert verify_login(store, "nobody", PASSWORD) is None


def test_names_roles_and_passwords_are_checked(store: Store) -> None:
    add_user(store, "rita", "reviewer", PASSWORD)
    with pytest.raises(UserError, match="exists"):
        add_user(store, "rita", "admin", PASSWORD)
    with pytest.raises(UserError, match="role"):
        add_user(store, "sam", "superuser", PASSWORD)
    with pytest.raises(UserError, match="at least"):
        add_user(store, "sam", "reviewer", "short")
    admin = add_user(store, "ada", "admin", PASSWORD)
    assert admin.is_admin and [u.name for u in list_users(store)] == ["ada", "rita"]


def test_a_new_password_ends_the_old_sessions(store: Store) -> None:
    user = add_user(store, "rita", "reviewer", PASSWORD)
    changed = set_password(store, "rita", "a new long password")
    assert changed.session_version == user.session_version + 1
    assert verify_login(store, "rita", PASSWORD) is None
    assert verify_login(store, "rita", "a new long password") is not None


def test_a_deactivated_user_cannot_log_in(store: Store) -> None:
    user = add_user(store, "rita", "reviewer", PASSWORD)
    gone = deactivate_user(store, "rita")
    assert not gone.active and gone.session_version == user.session_version + 1
    assert verify_login(store, "rita", PASSWORD) is None
    with pytest.raises(UserError, match="no user"):
        deactivate_user(store, "sam")


def test_an_old_hash_is_renewed_at_login(store: Store) -> None:
    from argon2 import PasswordHasher

    user = add_user(store, "rita", "reviewer", PASSWORD)
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PASSWORD)
    with store.session() as s:
        s.get(UserRow, user.id).password_hash = weak  # type: ignore[union-attr]
    assert verify_login(store, "rita", PASSWORD) is not None
    with store.session() as s:
        renewed = s.get(UserRow, user.id).password_hash  # type: ignore[union-attr]
    assert renewed != weak and PasswordHasher().check_needs_rehash(renewed) is False
