"""Reviewers and administrators, and their passwords (argon2id via argon2-cffi).

Only the hash is stored. `verify_login` rehashes a password whose hash was made with
weaker parameters than today's; `session_version` goes up whenever the password changes
or the account is deactivated, so a session cookie made before no longer counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from store.db import Store
from store.tables import User as UserRow

ROLES = ("reviewer", "admin")
MIN_PASSWORD = 8
_hasher = PasswordHasher()
# verified against when the name is unknown, so a wrong name takes as long as a wrong password
_DUMMY_HASH = _hasher.hash("not a password of anyone")


class UserError(ValueError):
    """A user cannot be added or changed as asked (the message says why)."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    active: bool
    session_version: int
    created_at: dt.datetime

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def _view(row: UserRow) -> User:
    return User(row.id, row.name, row.role, row.active, row.session_version, row.created_at)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"the password must have at least {MIN_PASSWORD} characters")


def add_user(store: Store, name: str, role: str, password: str) -> User:
    name = name.strip()
    if not name:
        raise UserError("a user needs a name")
    if role not in ROLES:
        raise UserError(f"role {role!r} is not one of {', '.join(ROLES)}")
    _check_password(password)
    with store.session() as s:
        if s.scalar(select(UserRow).where(UserRow.name == name)) is not None:
            raise UserError(f"a user named {name!r} exists already")
        row = UserRow(name=name, role=role, password_hash=_hasher.hash(password), active=True,
                      session_version=1)
        s.add(row)
        s.flush()
        return _view(row)


def _named(s: Session, name: str) -> UserRow:
    row = s.scalar(select(UserRow).where(UserRow.name == name))
    if row is None:
        raise UserError(f"no user named {name!r}")
    return row


def set_password(store: Store, name: str, password: str) -> User:
    _check_password(password)
    with store.session() as s:
        row = _named(s, name)
        row.password_hash = _hasher.hash(password)
        row.session_version += 1
        row.version += 1
        return _view(row)


def deactivate_user(store: Store, name: str) -> User:
    with store.session() as s:
        row = _named(s, name)
        row.active = False
        row.session_version += 1
        row.version += 1
        return _view(row)


def verify_login(store: Store, name: str, password: str) -> User | None:
    """The user, when the name is an active account and the password is its password."""
    with store.session() as s:
        row = s.scalar(select(UserRow).where(UserRow.name == name.strip()))
        try:
            _hasher.verify(row.password_hash if row else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            return None
        if row is None or not row.active:
            return None
        if _hasher.check_needs_rehash(row.password_hash):
            row.password_hash = _hasher.hash(password)
        return _view(row)


def get_user(store: Store, user_id: int) -> User | None:
    with store.session() as s:
        row = s.get(UserRow, user_id)
        return None if row is None else _view(row)


def get_user_by_name(store: Store, name: str) -> User | None:
    with store.session() as s:
        row = s.scalar(select(UserRow).where(UserRow.name == name))
        return None if row is None else _view(row)


def list_users(store: Store) -> list[User]:
    with store.session() as s:
        return [_view(r) for r in s.scalars(select(UserRow).order_by(UserRow.name))]
