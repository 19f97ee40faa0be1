"""Tower from Python: certified group and Lie-algebra invariants as typed objects.

    import tower
    s4 = tower.group("S4")              # GroupReport: s4.order == 24, s4.derived_length == 3
    tower.group(generators=["(1,2,3)", [2, 1, 3]])
    tower.lie("so(3)").semisimple       # True
    tower.verify("s4.json").valid
    tower.crosscheck_results("report/").to_pandas()
    tower.table("C2..C12; S3..S6", "groups/")[0].predictions   # {"dcd": 1, ...}

The `tower` binary is `$TOWER_BIN` or `tower` on PATH. Tower's errors become exceptions carrying
its one-line message: TowerInputError (bad input, exit status 2), TowerError otherwise.
"""
from .binary import run_tower, tower_binary
from .crosscheck import CrossCheckCell, CrossCheckCells, CrossCheckRun, Evaluation, crosscheck_results
from .errors import TowerError, TowerInputError, TowerNotFoundError, TowerOutputError
from .group import GroupReport, PredictedDepth, group, groups_from_gap_file
from .lie import LieReport, lie
from .records import Records
from .table import TableRow, TableRows, table, table_results
from .verify import Verification, verify

__version__ = "0.1.0"

__all__ = [
    "CrossCheckCell", "CrossCheckCells", "CrossCheckRun", "Evaluation", "GroupReport", "LieReport",
    "PredictedDepth", "Records", "TableRow", "TableRows", "TowerError", "TowerInputError", "TowerNotFoundError",
    "TowerOutputError", "Verification", "crosscheck_results", "group", "groups_from_gap_file",
    "lie", "run_tower", "table", "table_results", "tower_binary", "verify",
]
