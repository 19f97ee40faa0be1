"""`Records`: a plain list of dataclasses that can become rows of dicts or a pandas DataFrame."""
from __future__ import annotations

import dataclasses
from typing import Any, Dict, List, TypeVar

T = TypeVar("T")


class Records(List[T]):
    """A list of dataclass records. `rows()` needs nothing; `to_pandas()` needs pandas."""

    #: fields left out of `rows()` and `to_pandas()` (nested lists such as a cell's runs)
    nested: tuple = ("extra",)

    def rows(self) -> List[Dict[str, Any]]:
        """Each record as a flat dict of its fields (nested fields left out)."""
        rows = []
        for item in self:
            row = dataclasses.asdict(item)  # type: ignore[call-overload]
            for name in self.nested:
                row.pop(name, None)
            rows.append(row)
        return rows

    def to_pandas(self) -> Any:
        """A pandas DataFrame with one row per record (`pip install pandas`)."""
        try:
            import pandas
        except ImportError as error:
            raise ImportError("to_pandas() needs pandas: pip install pandas (or use .rows())") from error
        return pandas.DataFrame(self.rows())
