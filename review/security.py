"""Sessions, CSRF tokens and the login rate limit: the web app's security machinery.

- The session cookie holds only `{"u": user id, "v": session_version}`, signed and
  timestamped (itsdangerous), HttpOnly and SameSite=Lax. A password change bumps the
  user's session_version in the store, which ends every session issued before it.
- The CSRF token is an HMAC of the session cookie under the app's key: per session,
  never stored, unguessable without the key, and checked on every POST from the hidden
  form field `csrf_token` or the `X-CSRF-Token` header (htmx sends it from `hx-headers`).
  Before login, the login form's token is bound the same way to a random pre-session
  cookie, so a forged cross-site login is refused too.
- Failed logins are counted per (name, client address); past the limit within the window
  the login answers 429 whatever the password, until the window has passed.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer

SESSION_COOKIE = "intake_session"
LOGIN_COOKIE = "intake_login"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


@dataclass(frozen=True)
class SessionClaim:
    user_id: int
    session_version: int


class Sessions:
    def __init__(self, secret: str, max_age_s: int) -> None:
        self._secret = secret.encode()
        self._serializer = URLSafeTimedSerializer(secret, salt="intake-session")
        self.max_age_s = max_age_s

    def issue(self, user_id: int, session_version: int) -> str:
        return self._serializer.dumps({"u": int(user_id), "v": int(session_version)})

    def read(self, cookie: str | None) -> SessionClaim | None:
        if not cookie:
            return None
        try:
            data = self._serializer.loads(cookie, max_age=self.max_age_s)
        except BadSignature:  # also SignatureExpired
            return None
        if not isinstance(data, dict) or set(data) != {"u", "v"}:
            return None
        u, v = data["u"], data["v"]
        if not isinstance(u, int) or not isinstance(v, int):
            return None
        return SessionClaim(u, v)

    def _mac(self, purpose: str, value: str) -> str:
        return hmac.new(self._secret, f"{purpose}|{value}".encode(), hashlib.sha256).hexdigest()

    def csrf_token(self, session_cookie: str) -> str:
        return self._mac("csrf", session_cookie)

    def login_token(self, login_cookie: str) -> str:
        return self._mac("login", login_cookie)

    @staticmethod
    def new_login_nonce() -> str:
        return secrets.token_urlsafe(24)

    @staticmethod
    def same(given: str | None, expected: str) -> bool:
        return bool(given) and hmac.compare_digest(str(given), expected)


class LoginLimiter:
    """At most `max_failures` failed logins per (name, address) within `window_s`."""

    def __init__(self, max_failures: int, window_s: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_failures = max_failures
        self.window_s = window_s
        self._clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    @staticmethod
    def _key(name: str, address: str) -> tuple[str, str]:
        return (name.strip().casefold(), address)

    def _recent(self, key: tuple[str, str]) -> deque[float]:
        times = self._failures[key]
        cutoff = self._clock() - self.window_s
        while times and times[0] <= cutoff:
            times.popleft()
        return times

    def blocked(self, name: str, address: str) -> bool:
        with self._lock:
            return len(self._recent(self._key(name, address))) >= self.max_failures

    def failed(self, name: str, address: str) -> None:
        with self._lock:
            self._recent(self._key(name, address)).append(self._clock())

    def succeeded(self, name: str, address: str) -> None:
        with self._lock:
            self._failures.pop(self._key(name, address), None)
