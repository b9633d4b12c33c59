"""One redaction step: the values of configured secrets never leave memory.

A secret is the value of an environment variable named by a setting whose name
ends in `_env`: the model key (`llm.api_key_env`), each market source's key
(`market.<source>.api_key_env`, POLYGON_API_KEY by default) and each publish
target's password, admin key or signing secret (`password_env`,
`admin_key_env`, `secret_env`). Upstreams echo keys back ("Incorrect API key
provided: sk-..."), so every message newsdesk prints, logs or stores passes
through a `Redactor`, which puts `[redacted:ENV_NAME]` in place of each value:

- the CLI `install`s the configured one: every log record is redacted as it is
  made (so every handler sees the same text), and so are uncaught tracebacks
  and the CLI's one-line error messages (`installed().text`);
- the store redacts what it writes (run summaries, stage errors, skip messages,
  model calls), the run each instrument's reason, the model call log each call,
  the publisher each target error.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel

MIN_SECRET_CHARS = 6
"""Shorter values are not treated as secrets: replacing "ab" everywhere would garble every message."""

SECRET_SETTING_SUFFIX = "_env"


@dataclass(frozen=True)
class Redactor:
    """(value, variable name) pairs, longest value first, so a longer secret is replaced whole."""

    pairs: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, secrets: Mapping[str, str]) -> Redactor:
        """From variable name -> value; each value's usual spellings are covered (see `_spellings`)."""
        found: dict[str, str] = {}
        for name, value in secrets.items():
            for spelling in _spellings(value):
                found.setdefault(spelling, name)
        return cls(tuple(sorted(found.items(), key=lambda pair: -len(pair[0]))))

    @property
    def names(self) -> set[str]:
        return {name for _, name in self.pairs}

    def __bool__(self) -> bool:
        return bool(self.pairs)

    def text(self, text: str) -> str:
        for value, name in self.pairs:
            if value in text:
                text = text.replace(value, f"[redacted:{name}]")
        return text

    def value(self, value: Any) -> Any:
        """`value` with every string in it redacted (dicts, lists and tuples are walked)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {key: self.value(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return type(value)(self.value(item) for item in value)
        return value

    def merged(self, other: Redactor) -> Redactor:
        found = dict(other.pairs) | dict(self.pairs)
        return Redactor(tuple(sorted(found.items(), key=lambda pair: -len(pair[0]))))


def _spellings(value: str) -> Iterator[str]:
    """The value, URL-quoted, without its spaces, and the part after a ':' (a Ghost key's secret)."""
    value = value.strip()
    forms = (value, quote(value, safe=""), "".join(value.split()), value.partition(":")[2])
    yield from (form for form in dict.fromkeys(forms) if len(form) >= MIN_SECRET_CHARS)


def secret_names(section: object) -> list[str]:
    """Every variable named by a `*_env` setting anywhere in `section` (a settings model)."""
    found: list[str] = []
    if isinstance(section, BaseModel):
        for field, value in section:
            if field.endswith(SECRET_SETTING_SUFFIX) and isinstance(value, str):
                found += [value] if value else []
            else:
                found += secret_names(value)
    elif isinstance(section, Mapping):
        for value in section.values():
            found += secret_names(value)
    elif isinstance(section, list | tuple):
        for value in section:
            found += secret_names(value)
    return list(dict.fromkeys(found))


def configured(settings: BaseModel, environ: Mapping[str, str] | None = None) -> Redactor:
    """The redactor for every secret the settings name that is set in the environment."""
    env = os.environ if environ is None else environ
    return Redactor.of({name: env[name] for name in secret_names(settings) if env.get(name)})


# -- the process's redactor: log records and uncaught tracebacks -----------------------------

_installed = Redactor()
_wrapped_factory = False


def install(redactor: Redactor) -> None:
    """Make `redactor` the process's: every log record made from now on and uncaught tracebacks."""
    global _installed, _wrapped_factory
    _installed = redactor
    if not _wrapped_factory:
        logging.setLogRecordFactory(_redacting(logging.getLogRecordFactory()))
        _wrapped_factory = True
    sys.excepthook = _print_redacted


def installed() -> Redactor:
    return _installed


def _redacting(make: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        if _installed:
            redact_record(record, _installed)
        return record
    return factory


def redact_record(record: logging.LogRecord, redactor: Redactor) -> None:
    """Redact the record's message, exception text and stack; a record without a secret is left as is."""
    try:
        message = record.getMessage()
    except Exception:  # a bad format string: keep what there is, as text
        message = f"{record.msg} {record.args!r}"
    if redactor.text(message) != message:
        record.msg, record.args = redactor.text(message), ()
    if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
        record.exc_text = redactor.text("".join(traceback.format_exception(*record.exc_info)).rstrip())
    if record.stack_info:
        record.stack_info = redactor.text(record.stack_info)


def _print_redacted(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    sys.stderr.write(_installed.text("".join(traceback.format_exception(kind, exc, tb))))
