"""Turning Tower's JSON objects into dataclasses: field by field, with the conversions each
record names; fields a record does not know are kept in its `extra` dict."""
from __future__ import annotations

import dataclasses
import json
import os
from typing import Any, Callable, Dict, List, Mapping, Optional, Type, TypeVar

from .errors import TowerError, TowerOutputError

T = TypeVar("T")
Converter = Callable[[Any], Any]


def integer(value: Any) -> Optional[int]:
    """An exact integer: Tower writes big orders as decimal strings."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TowerOutputError(f"expected an integer, found {value!r}")
    return int(value)


def integers(value: Any) -> Optional[List[int]]:
    if value is None:
        return None
    return [integer(v) for v in value]


def integer_lists(value: Any) -> Optional[List[List[int]]]:
    if value is None:
        return None
    return [integers(v) for v in value]


def record(cls: Type[T], obj: Mapping[str, Any], convert: Optional[Dict[str, Converter]] = None,
           optional: tuple = ()) -> T:
    """`cls(**fields)` from a JSON object: every field but `extra` must be present (unless listed
    in `optional`), `convert[name]` is applied where given, unknown keys go to `extra`."""
    if not isinstance(obj, Mapping):
        raise TowerOutputError(f"expected a JSON object for {cls.__name__}, found {type(obj).__name__}")
    convert = convert or {}
    values: Dict[str, Any] = {}
    names = [f.name for f in dataclasses.fields(cls) if f.name != "extra"]
    for name in names:
        if name not in obj:
            if name in optional:
                values[name] = None
                continue
            raise TowerOutputError(
                f"Tower's JSON for {cls.__name__} has no field {name!r}; "
                "is the tower binary older than this package?")
        value = obj[name]
        values[name] = convert[name](value) if name in convert else value
    extra = {key: value for key, value in obj.items() if key not in names}
    return cls(**values, extra=extra)  # type: ignore[call-arg]


def json_lines(text: str) -> List[Dict[str, Any]]:
    """The JSON objects of Tower's output, one a line (blank lines skipped)."""
    objects = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            objects.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise TowerOutputError(f"tower's output line {number} is not JSON: {error}") from error
    return objects


def read_document(path: str, file_name: str, key: str, what: str) -> Dict[str, Any]:
    """The JSON object of a Tower output file: `path` is the directory holding `file_name` or
    the file itself; it must have a list under `key` (`what` names the file in errors)."""
    file = os.path.join(path, file_name) if os.path.isdir(path) else path
    try:
        with open(file, encoding="utf-8") as handle:
            document = json.load(handle)
    except OSError as error:
        raise TowerError(f"cannot read {file}: {error.strerror or error}") from error
    except json.JSONDecodeError as error:
        raise TowerOutputError(f"{file} is not JSON: {error}") from error
    if not isinstance(document, dict) or not isinstance(document.get(key), list):
        raise TowerOutputError(f"{file} has no \"{key}\" list: not a {what}")
    return document
