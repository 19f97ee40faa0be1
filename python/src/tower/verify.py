"""`tower verify`: the independent checker's verdict on a certificate file."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Dict, Optional, Union

from .binary import run_tower
from .decode import json_lines, record
from .errors import TowerOutputError


@dataclass(frozen=True)
class Verification:
    """`tower verify --json`: `valid`, and the `claim` it proved (valid) or the `reason` it
    failed (invalid); for a valid one the checked `object` and the SHA-256 of the object and of
    the file. An unreadable certificate raises TowerInputError instead."""
    valid: bool
    check_seconds: float
    claim: Optional[str]
    reason: Optional[str]
    object: Optional[Dict[str, Any]]
    object_sha256: Optional[str]
    file_sha256: Optional[str]
    extra: Dict[str, Any] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return self.valid


def verify(path: Union[str, "os.PathLike[str]"]) -> Verification:
    """Re-checks the certificate at `path` with Tower's independent checker."""
    output = run_tower(["verify", os.fspath(path), "--json"], accept_exit=(0, 1))
    objects = json_lines(output)
    if len(objects) != 1:
        raise TowerOutputError(f"expected one verdict from tower verify, got {len(objects)}")
    return record(Verification, objects[0],
                  optional=("claim", "reason", "object", "object_sha256", "file_sha256"))
