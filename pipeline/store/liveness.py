"""Is a process alive? The OS edge behind abandoned runs (see `runs.abandon_dead`)."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from .runs import Process


def this_process() -> Process:
    return Process(host=socket.gethostname(), pid=os.getpid())


def pid_alive(pid: int) -> bool:
    """True while a process with this id exists on this host and is not a zombie (exited, unreaped)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """Linux: state `Z` in /proc/PID/stat; elsewhere (no /proc) never."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] == ["Z"]
