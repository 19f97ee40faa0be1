"""`tower group`: a permutation group's invariants as a `GroupReport` (the fields of `--json`)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Union

from .binary import run_tower
from .decode import integer, integer_lists, integers, json_lines, record
from .errors import TowerOutputError
from .records import Records

#: A generator: cycle notation "(1,2,3)(4,5)", a GAP image list "[2,3,1]", or the images as ints.
Generator = Union[str, Sequence[int]]


@dataclass(frozen=True)
class PredictedDepth:
    """Layers each model family needs to track the group (None: no depth of that family does).
    `complex_diagonal` (= derived length), `real_diagonal_nonnegative` and `dense` are theorems;
    `real_diagonal_signed` is the cascade prediction (docs/theory.md, section 5)."""
    complex_diagonal: Optional[int]
    dense: Optional[int]
    real_diagonal_nonnegative: Optional[int]
    real_diagonal_signed: Optional[int]
    extra: Dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class GroupReport:
    """One group's report, field for field as `tower group --json` writes it; orders are ints
    (exact, however large). `input_syntax` says how Tower read the input: catalog, gap-name,
    cycles, gap-permutations, gap-group or gap-file. `generators` are the generators as read
    (disjoint-cycle strings; None past 100,000 characters), `generator_count` how many. `extra`
    holds any other field (`index` for a group from a GAP file)."""
    name: Optional[str]
    input_syntax: str
    generators: Optional[List[str]]
    generator_count: int
    degree: int
    order: int
    abelian: bool
    solvable: bool
    nilpotent: bool
    derived_length: Optional[int]
    nilpotency_class: Optional[int]
    derived_series_orders: List[int]
    derived_factor_invariants: List[List[int]]
    lower_central_series_orders: List[int]
    elementary_abelian_2_series_orders: List[int]
    composition_series_orders: Optional[List[int]]
    composition_factor_orders: Optional[List[int]]
    composition_factor_proofs: Optional[List[str]]
    composition_series_failure: Optional[str]
    predicted_depth: PredictedDepth
    extra: Dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def from_json(obj: Dict[str, Any]) -> "GroupReport":
        return record(GroupReport, obj, {
            "order": integer,
            "derived_series_orders": integers,
            "derived_factor_invariants": integer_lists,
            "lower_central_series_orders": integers,
            "elementary_abelian_2_series_orders": integers,
            "composition_series_orders": integers,
            "composition_factor_orders": integers,
            "predicted_depth": lambda value: record(PredictedDepth, value),
        })


def group(
    name: Optional[str] = None,
    *,
    generators: Union[None, str, Sequence[Generator]] = None,
    degree: Optional[int] = None,
    certificate: Union[None, str, "os.PathLike[str]"] = None,
    timeout: Optional[float] = None,
) -> GroupReport:
    """The report of one group, by catalog or GAP name (`"S4"`, `"psl(2,7)"`,
    `"SymmetricGroup(4)"`) or by `generators` (a list of cycle strings, GAP image lists or lists
    of images, or one string as `--generators` takes it, e.g. `"Group((1,2,3),(1,2))"`).
    `certificate` also writes a certificate of the derived length there (check it with `verify`).
    `timeout` (seconds) is Tower's own `--timeout`. Bad input raises TowerInputError."""
    if (name is None) == (generators is None):
        raise ValueError("give either a name or generators")
    arguments = ["group"]
    if name is not None:
        arguments.append(name)
    else:
        arguments += ["--generators", generator_text(generators)]  # type: ignore[arg-type]
    if degree is not None:
        arguments += ["--degree", str(int(degree))]
    if certificate is not None:
        arguments += ["--certificate", os.fspath(certificate)]
    reports = _reports(arguments, timeout)
    if len(reports) != 1:
        raise TowerOutputError(f"expected one report from tower group, got {len(reports)}")
    return reports[0]


def groups_from_gap_file(path: Union[str, "os.PathLike[str]"], *, timeout: Optional[float] = None
                         ) -> Records[GroupReport]:
    """The reports of every group in a GAP file as GAP's `PrintTo` writes a list of groups
    (`tower group --gap-file`), in file order; `extra["index"]` is each one's 1-based place."""
    return Records(_reports(["group", "--gap-file", os.fspath(path)], timeout))


def generator_text(generators: Union[str, Sequence[Generator]]) -> str:
    """The `--generators` text for a list of generators (or a string passed through)."""
    if isinstance(generators, str):
        return generators
    parts = []
    for index, generator in enumerate(generators, start=1):
        if isinstance(generator, str):
            parts.append(generator)
        elif all(isinstance(point, int) and not isinstance(point, bool) for point in generator):
            parts.append("[" + ",".join(str(point) for point in generator) + "]")
        else:
            raise TypeError(f"generator {index} is neither a string nor a list of ints: {generator!r}")
    if not parts:
        raise ValueError("generators is empty; the trivial group is generators=['()']")
    return ",".join(parts)


def _reports(arguments: List[str], timeout: Optional[float]) -> List[GroupReport]:
    if timeout is not None:
        arguments = arguments + ["--timeout", str(timeout)]
    output = run_tower(arguments + ["--json"], timeout=None if timeout is None else timeout + 30)
    return [GroupReport.from_json(obj) for obj in json_lines(output)]
