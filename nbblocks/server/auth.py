"""Password login for a served app (``launch(auth=...)``): who may log in, the signed
login cookie's sessions, and how failed attempts are slowed down.

- ``Accounts``: Gradio's ``auth=``, a ``(user, password)`` pair, a list of them, or a
  function ``(user, password) -> bool`` (sync or async). Passwords are compared in
  constant time (``hmac.compare_digest`` of their SHA-256), and an unknown user costs
  the same comparison as a known one.
- ``LoginSessions``: a login is a random id, remembered here with its user, and sent as
  ``<id>.<HMAC-SHA256 of the id>`` under a per-server key, so a forged or altered cookie
  is refused before any lookup; logging out forgets ids. Bounded: the oldest logins make
  room. The key is made when the server starts, so a restart logs everyone out, as
  Gradio's in-memory tokens do.
- ``FailedLogins``: failures per client address and per user name within a window;
  at the limit, further attempts (even right ones) are refused until old failures age
  out. An attempt is counted before its password is checked and taken back when right,
  so guesses sent in parallel cannot outrun the limit. Bounded: the least recently
  failing keys make room.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import inspect
import logging
import secrets
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from typing import Any

log = logging.getLogger("nbblocks")

__all__ = ["Accounts", "FailedLogins", "LoginSessions", "accounts"]

#: Longest user name or password read from a login form.
MAX_CREDENTIAL = 1024


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class Accounts:
    """Who may log in: fixed ``(user, password)`` pairs or a function that decides."""

    def __init__(self, check: Callable[[str, str], Any] | None, passwords: dict[str, bytes] | None = None):
        self._check = check
        self._passwords = passwords or {}
        self._dummy = _digest(secrets.token_hex(16))

    async def verify(self, username: str, password: str) -> bool:
        if self._check is not None:
            try:
                if inspect.iscoroutinefunction(self._check):
                    result = await self._check(username, password)
                else:
                    result = await asyncio.to_thread(self._check, username, password)
                    if inspect.isawaitable(result):
                        result = await result
            except Exception:
                log.exception("nbblocks: the auth function raised; the login is refused")
                return False
            return bool(result)  # Gradio's rule: a truthy answer lets the user in
        expected = self._passwords.get(username)
        same = hmac.compare_digest(_digest(password), expected if expected is not None else self._dummy)
        return same and expected is not None


def accounts(auth: Any) -> Accounts:
    """``Accounts`` from Gradio's ``auth=`` value, or a ``TypeError`` that says what fits."""
    if callable(auth):
        return Accounts(auth)
    pairs: Iterable[Any]
    if isinstance(auth, tuple) and len(auth) == 2 and all(isinstance(v, str) for v in auth):
        pairs = [auth]
    elif isinstance(auth, (list, tuple)) and auth:
        pairs = auth
    else:
        raise TypeError(
            "launch(auth=...) takes a (username, password) tuple, a list of them, "
            f"or a function (username, password) -> bool; got {type(auth).__name__}"
        )
    passwords: dict[str, bytes] = {}
    for pair in pairs:
        if not (isinstance(pair, (tuple, list)) and len(pair) == 2 and all(isinstance(v, str) for v in pair)):
            raise TypeError(f"launch(auth=...): each account must be a (username, password) pair of str, got {pair!r}")
        if not pair[0].strip():
            raise ValueError("launch(auth=...): a username must not be empty")
        passwords[pair[0].strip()] = _digest(pair[1])
    return Accounts(None, passwords)


class LoginSessions:
    """The logins of one server: id → (user, expiry), signed into the cookie."""

    def __init__(self, *, capacity: int = 10000, lifetime: float = 7 * 24 * 3600.0,
                 clock: Callable[[], float] = time.monotonic):
        self._key = secrets.token_bytes(32)
        self._lock = threading.Lock()
        self._logins: OrderedDict[str, tuple[str, float]] = OrderedDict()
        self.capacity = capacity
        self.lifetime = lifetime
        self._clock = clock
        #: Per server: two apps on one host (cookies ignore ports) keep their own login.
        self.cookie_name = f"nbblocks-login-{secrets.token_hex(4)}"

    def _sign(self, login_id: str) -> str:
        mac = hmac.new(self._key, login_id.encode("ascii"), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).rstrip(b"=").decode("ascii")

    def issue(self, username: str) -> str:
        """A new login of ``username``: the cookie value."""
        login_id = secrets.token_urlsafe(24)
        with self._lock:
            self._logins[login_id] = (username, self._clock() + self.lifetime)
            while len(self._logins) > self.capacity:
                self._logins.popitem(last=False)
        return f"{login_id}.{self._sign(login_id)}"

    def _id(self, cookie: str | None) -> str | None:
        if not cookie or len(cookie) > 200:
            return None
        login_id, _, signature = cookie.partition(".")
        if not login_id or not hmac.compare_digest(signature.encode("ascii", "replace"), self._sign(login_id).encode("ascii")):
            return None
        return login_id

    def user(self, cookie: str | None) -> str | None:
        """The user a cookie belongs to, or None (unsigned, altered, logged out, expired)."""
        login_id = self._id(cookie)
        if login_id is None:
            return None
        with self._lock:
            found = self._logins.get(login_id)
            if found is None:
                return None
            if found[1] <= self._clock():
                del self._logins[login_id]
                return None
            return found[0]

    def end(self, cookie: str | None, *, every_login_of_user: bool = True) -> None:
        """Log out: this login, or (Gradio's default) every login of its user."""
        login_id = self._id(cookie)
        if login_id is None:
            return
        with self._lock:
            found = self._logins.pop(login_id, None)
            if found is not None and every_login_of_user:
                for other in [k for k, (user, _) in self._logins.items() if user == found[0]]:
                    del self._logins[other]

    def __len__(self) -> int:
        with self._lock:
            return len(self._logins)


class FailedLogins:
    """Failed logins per key (``client:<address>``, ``user:<name>``) in a sliding window."""

    def __init__(self, *, limit: int = 10, window: float = 60.0, capacity: int = 10000,
                 clock: Callable[[], float] = time.monotonic):
        self.limit = limit
        self.window = window
        self.capacity = capacity
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()

    @staticmethod
    def keys(client: str | None, username: str) -> list[str]:
        name = hashlib.sha256(username.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return [f"client:{client or '?'}", f"user:{name}"]

    def wait(self, keys: Iterable[str]) -> float:
        """Seconds until another attempt is allowed (0: now)."""
        now = self._clock()
        longest = 0.0
        with self._lock:
            for key in keys:
                times = self._failures.get(key)
                if times is None:
                    continue
                while times and times[0] <= now - self.window:
                    times.popleft()
                if not times:
                    del self._failures[key]
                elif len(times) >= self.limit:
                    longest = max(longest, times[0] + self.window - now)
        return longest

    def failed(self, keys: Iterable[str]) -> None:
        now = self._clock()
        with self._lock:
            for key in keys:
                times = self._failures.pop(key, None) or deque(maxlen=self.limit)
                times.append(now)
                self._failures[key] = times  # most recent last
            while len(self._failures) > self.capacity:
                self._failures.popitem(last=False)

    def forgive(self, keys: Iterable[str]) -> None:
        """Take back one counted attempt per key (it turned out right)."""
        with self._lock:
            for key in keys:
                times = self._failures.get(key)
                if times:
                    times.pop()
                if times is not None and not times:
                    del self._failures[key]

    def clear(self) -> None:
        """Forget every failure (an operator lifting a block)."""
        with self._lock:
            self._failures.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._failures)
