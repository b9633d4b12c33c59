"""Reviewers and their signed-in sessions, for the review web page.

The store keeps names, password hashes (made by `pipeline.review.auth`; the
store never sees a password) and login sessions keyed by the SHA-256 of the
cookie's token. Functions take a connection inside the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update

from ..errors import InputError, NotFound
from .models import LoginSession, User
from .schema import login_sessions, users


def add(conn: Connection, name: str, password_hash: str, now: datetime) -> User:
    if conn.scalar(select(users.c.name).where(users.c.name == name)) is not None:
        raise InputError(f"user {name!r} already exists (use `newsdesk user passwd {name}`)")
    conn.execute(insert(users).values(name=name, password_hash=password_hash, created_at=now))
    return User(name=name, created_at=now)


def set_password(conn: Connection, name: str, password_hash: str) -> None:
    done = conn.execute(update(users).where(users.c.name == name)
                        .values(password_hash=password_hash))
    if done.rowcount == 0:
        raise NotFound(f"no user named {name!r}")
    conn.execute(delete(login_sessions).where(login_sessions.c.user_name == name))


def password_hash(conn: Connection, name: str) -> str | None:
    return conn.scalar(select(users.c.password_hash).where(users.c.name == name))


def listed(conn: Connection) -> list[User]:
    rows = conn.execute(select(users.c.name, users.c.created_at).order_by(users.c.name))
    return [User(name=r.name, created_at=r.created_at) for r in rows]


def start_session(conn: Connection, token_hash: str, name: str, csrf_token: str,
                  now: datetime, expires_at: datetime) -> None:
    conn.execute(delete(login_sessions).where(login_sessions.c.expires_at <= now))
    conn.execute(insert(login_sessions).values(
        token_hash=token_hash, user_name=name, csrf_token=csrf_token,
        created_at=now, expires_at=expires_at,
    ))


def session(conn: Connection, token_hash: str, now: datetime) -> LoginSession | None:
    c = login_sessions.c
    row = conn.execute(select(c.user_name, c.csrf_token, c.expires_at)
                       .where(c.token_hash == token_hash)).first()
    if row is None or row.expires_at <= now:
        return None
    return LoginSession(user=row.user_name, csrf_token=row.csrf_token, expires_at=row.expires_at)


def end_session(conn: Connection, token_hash: str) -> None:
    conn.execute(delete(login_sessions).where(login_sessions.c.token_hash == token_hash))
