"""Finding the `tower` binary and running it: the one place this package starts a process."""
from __future__ import annotations

import os
import shutil
import subprocess
from typing import List, Optional, Sequence

from .errors import TowerError, TowerInputError, TowerNotFoundError


def tower_binary() -> str:
    """The `tower` executable: `$TOWER_BIN` when set, else `tower` on PATH."""
    configured = os.environ.get("TOWER_BIN")
    if configured:
        if not (os.path.isfile(configured) and os.access(configured, os.X_OK)):
            raise TowerNotFoundError(f"TOWER_BIN is {configured!r}, which is not an executable file")
        return configured
    found = shutil.which("tower")
    if found is None:
        raise TowerNotFoundError(
            "no tower binary: put tower on PATH or set TOWER_BIN to its path "
            "(swift build in the repository builds .build/debug/tower)"
        )
    return found


def run_tower(
    arguments: Sequence[str],
    *,
    accept_exit: Sequence[int] = (0,),
    stdin: Optional[str] = None,
    timeout: Optional[float] = None,
) -> str:
    """Runs `tower ARGUMENTS` and returns its standard output. An exit status outside
    `accept_exit` raises: 2 (bad input) as TowerInputError, any other as TowerError, with
    Tower's error line as the message."""
    command: List[str] = [tower_binary(), *arguments]
    try:
        done = subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as expired:
        raise TowerError(f"tower ran past {timeout} s", None, command) from expired
    if done.returncode in accept_exit:
        return done.stdout
    message = _error_line(done.stderr) or f"tower exited with status {done.returncode}"
    if done.returncode == 2:
        raise TowerInputError(message, 2, command)
    raise TowerError(message, done.returncode, command)


def _error_line(stderr: str) -> str:
    """Tower's error lines ("error: ..."), joined; else the last non-empty line of stderr."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    errors = [line[len("error: "):] for line in lines if line.startswith("error: ")]
    if errors:
        return "; ".join(errors)
    return lines[-1] if lines else ""
