"""A cross-check's results (`crosscheck.json` in `tower crosscheck --out DIR`) as records: one
`CrossCheckCell` per group, family, depth, initialisation and guidance. Reads the file itself;
no binary needed."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Union

from .decode import read_document, record
from .records import Records


@dataclass(frozen=True)
class Evaluation:
    length: int
    accuracy: float
    extra: Dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CrossCheckRun:
    """One seed's training run: accuracy per evaluation length, loss, steps, time."""
    seed: int
    accuracy_at_train_length: float
    evaluations: List[Evaluation]
    final_loss: float
    wall_seconds: float
    steps: Optional[int]
    steps_to90: Optional[int]
    initial_accuracy: Optional[float]
    diverged_at_step: Optional[int]
    attempts: Optional[int] = None
    """Attempts made (None in results older than `--attempts`)."""
    kept_attempt: Optional[int] = None
    """The attempt whose model was kept (1-based)."""
    kept_guidance: Optional[str] = None
    """The guidance the kept attempt trained with ("none", "cascade", ...)."""
    extra: Dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CrossCheckCell:
    """One cell of the sweep, with the summary fields of crosscheck.json and its runs."""
    group: str
    family: str
    depth: int
    initialisation: str
    guidance: str
    train_length: int
    verdict: str
    seeds_learned: int
    accuracy_at_train_length: float
    mean_accuracy_at_train_length: float
    longest_length_above_90: Optional[int]
    break_length: Optional[int]
    runs: List[CrossCheckRun]
    extra: Dict[str, Any] = field(default_factory=dict)


class CrossCheckCells(Records[CrossCheckCell]):
    """The cells; `rows()` / `to_pandas()` leave out each cell's runs (see `run_rows()`)."""
    nested = ("extra", "runs")

    def run_rows(self) -> List[Dict[str, Any]]:
        """One row per run and evaluation length: the cell's keys, seed, the kept attempt's guidance
        (None before `--attempts`), length, accuracy."""
        rows = []
        for cell in self:
            for run in cell.runs:
                for point in run.evaluations:
                    rows.append({"group": cell.group, "family": cell.family, "depth": cell.depth,
                                 "initialisation": cell.initialisation, "guidance": cell.guidance,
                                 "seed": run.seed, "kept_guidance": run.kept_guidance,
                                 "length": point.length, "accuracy": point.accuracy})
        return rows


_RUN_OPTIONAL = ("steps", "steps_to90", "initial_accuracy", "diverged_at_step", "attempts", "kept_attempt",
                 "kept_guidance")


def crosscheck_results(path: Union[str, "os.PathLike[str]"]) -> CrossCheckCells:
    """The cells of a cross-check: `path` is the `--out` directory or its crosscheck.json."""
    document = read_document(os.fspath(path), "crosscheck.json", "cells", "tower crosscheck.json")
    return CrossCheckCells(_cell(obj) for obj in document["cells"])


def _run(obj: Dict[str, Any]) -> CrossCheckRun:
    return record(CrossCheckRun, obj,
                  {"evaluations": lambda points: [record(Evaluation, p) for p in points]},
                  optional=_RUN_OPTIONAL)


def _cell(obj: Dict[str, Any]) -> CrossCheckCell:
    return record(CrossCheckCell, obj, {"runs": lambda runs: [_run(r) for r in runs]},
                  optional=("longest_length_above_90", "break_length"))
