"""Ground-truth tables (`tower table --groups SPEC --out DIR`) as records: one `TableRow` per
group, read from the table's `table.json`."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Union

from .binary import run_tower
from .decode import integer, integers, read_document, record
from .errors import TowerOutputError
from .records import Records


@dataclass(frozen=True)
class TableRow:
    """One group of the table. `predictions` maps each model family (dcd, real11, real01, dense)
    to its predicted minimal depth, None where no depth suffices; `composition_factor_orders` is
    ascending, None when Tower proved no composition series. The series orders and the rest of
    table.json's row are in `extra`."""
    label: str
    degree: int
    order: int
    solvable: bool
    abelian: bool
    nilpotent: bool
    derived_length: Optional[int]
    nilpotency_class: Optional[int]
    predictions: Dict[str, Optional[int]]
    composition_factor_orders: Optional[List[int]]
    certificate: Optional[str]
    extra: Dict[str, Any] = field(default_factory=dict)


class TableRows(Records[TableRow]):
    """The rows; `rows()` / `to_pandas()` give each family's depth as a `depth_<family>` column."""

    def rows(self) -> List[Dict[str, Any]]:
        flat = super().rows()
        for row in flat:
            for family, depth in row.pop("predictions").items():
                row["depth_" + family] = depth
        return flat


def table(
    groups: Union[str, Sequence[str]],
    out: Union[str, "os.PathLike[str]"],
    *,
    formats: Sequence[str] = ("md", "csv", "json", "tex"),
    certificates: bool = False,
    timeout: Optional[float] = None,
) -> TableRows:
    """Builds (or resumes) the table of `groups` in the directory `out` and returns its rows.
    `groups` is a SPEC as `tower table --groups` takes it ("C2..C30; AGL(1,p) for p in 2..31",
    a .jsonl file) or a list of such items. `formats` are the files written besides table.json
    (md, csv, json, tex, gap); `certificates` writes out/certificates/<id>.json per row. A bad
    SPEC or an unusable `out` raises TowerInputError with Tower's message."""
    spec = groups if isinstance(groups, str) else "; ".join(groups)
    wanted = list(dict.fromkeys([*formats, "json"]))
    arguments = ["table", "--groups", spec, "--out", os.fspath(out), "--format", ",".join(wanted)]
    if certificates:
        arguments.append("--certificates")
    run_tower(arguments, timeout=timeout)
    return table_results(out)


def table_results(path: Union[str, "os.PathLike[str]"]) -> TableRows:
    """The rows of a table: `path` is the table directory or its table.json (no binary needed)."""
    document = read_document(os.fspath(path), "table.json", "rows", "tower table.json")
    return TableRows(_row(obj) for obj in document["rows"])


def _predictions(items: Any) -> Dict[str, Optional[int]]:
    if not isinstance(items, list):
        raise TowerOutputError(f"expected a list of predictions, found {items!r}")
    return {p["family"]: p.get("minimal_depth") for p in items}


def _row(obj: Dict[str, Any]) -> TableRow:
    return record(TableRow, obj, {"order": integer, "predictions": _predictions, "composition_factor_orders": integers},
                  optional=("derived_length", "nilpotency_class", "composition_factor_orders", "certificate"))
