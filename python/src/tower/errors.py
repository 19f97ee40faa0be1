"""Exceptions raised by the Tower bindings: Tower's own one-line messages, unchanged."""
from __future__ import annotations

from typing import List, Optional


class TowerError(Exception):
    """`tower` failed. `message` is Tower's error line (without the "error: " prefix),
    `exit_code` its exit status, `command` the argument list that was run."""

    def __init__(self, message: str, exit_code: Optional[int] = None, command: Optional[List[str]] = None):
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
        self.command = command or []


class TowerInputError(TowerError, ValueError):
    """Tower refused the input (exit status 2): a bad name, generators, file or option."""


class TowerNotFoundError(TowerError, FileNotFoundError):
    """No `tower` binary: neither `TOWER_BIN` nor a `tower` on PATH."""


class TowerOutputError(TowerError):
    """Tower's JSON did not have the fields this package expects (a binary of another version?)."""
