"""Reading a Tower model file without any framework: safetensors as `tower train --export` /
`tower construct --export` write it, or Tower's own checkpoint (`--save`, `--model-out`, format
version 1). Tensors come back as flat `array.array` values with their shape."""
from __future__ import annotations

import array
import json
import os
import struct
import sys
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Union

from .errors import TowerError

CHECKPOINT_MAGIC = b"TOWER-CHECKPOINT 1\n"
_DTYPES = {"F32": "f", "I32": "i", "F64": "d", "I64": "q"}


@dataclass(frozen=True)
class TensorData:
    """One tensor: its shape and its values, row-major, as an `array.array`."""
    shape: List[int]
    values: "array.array[Any]"

    def rows(self) -> List[List[Any]]:
        """A 2-D tensor as a list of rows."""
        if len(self.shape) != 2:
            raise ValueError(f"rows() needs a 2-D tensor, this one has shape {self.shape}")
        width = self.shape[1]
        return [list(self.values[i * width:(i + 1) * width]) for i in range(self.shape[0])]


@dataclass(frozen=True)
class ModelFile:
    """A model file: `config` (the model configuration: family, layers, width, state, mlpHidden,
    vocabulary, outputs, norm, activation, auxiliaryOutputs, transitionOutputs, stateOutputs when the model has such heads), the named `tensors` (parameters under
    Tower's names; in an export also `reference.tokens`, `reference.logits` and, for word problems,
    `task.cayley_table`), and the safetensors `metadata` (empty for a checkpoint)."""
    config: Dict[str, Any]
    tensors: Dict[str, TensorData]
    metadata: Dict[str, str] = field(default_factory=dict)

    def parameter_names(self) -> List[str]:
        """The model's parameters, in Tower's layout order (the other tensors left out)."""
        return [name for name in self.tensors if not name.startswith(("reference.", "task."))]

    @property
    def cayley_table(self) -> Optional[List[List[int]]]:
        """Entry [i][j]: the index of element_i * element_j (word problems up to order 1024)."""
        table = self.tensors.get("task.cayley_table")
        return None if table is None else table.rows()


def read_model_file(path: Union[str, "os.PathLike[str]"]) -> ModelFile:
    """Reads a safetensors export or a Tower checkpoint (told apart by their first bytes)."""
    path = os.fspath(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise TowerError(f"cannot read {path}: {error.strerror or error}") from error
    if data.startswith(CHECKPOINT_MAGIC):
        return _checkpoint(data, path)
    return _safetensors(data, path)


def _values(code: str, raw: bytes) -> "array.array[Any]":
    values = array.array(code)
    values.frombytes(raw)
    if sys.byteorder == "big":
        values.byteswap()
    return values


def _safetensors(data: bytes, path: str) -> ModelFile:
    if len(data) < 8:
        raise TowerError(f"{path} is neither a safetensors file nor a Tower checkpoint (too short)")
    (length,) = struct.unpack("<Q", data[:8])
    if length > len(data) - 8:
        raise TowerError(f"{path}: the safetensors header claims {length} bytes, the file has {len(data) - 8} after the length")
    try:
        header = json.loads(data[8:8 + length].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TowerError(f"{path}: the safetensors header is not JSON: {error}") from error
    metadata = header.pop("__metadata__", {}) or {}
    if metadata.get("format") != "tower-model" or "model_config" not in metadata:
        raise TowerError(f"{path} is a safetensors file, but not one Tower exported (no format=tower-model metadata)")
    base = 8 + length
    tensors: Dict[str, TensorData] = {}
    for name, entry in sorted(header.items(), key=lambda item: item[1]["data_offsets"][0]):
        code = _DTYPES.get(entry["dtype"])
        if code is None:
            raise TowerError(f"{path}: tensor {name} has dtype {entry['dtype']}, which this reader does not know")
        begin, end = entry["data_offsets"]
        values = _values(code, data[base + begin:base + end])
        count = 1
        for size in entry["shape"]:
            count *= size
        if len(values) != count or base + end > len(data):
            raise TowerError(f"{path}: tensor {name} has {len(values)} values for shape {entry['shape']}")
        tensors[name] = TensorData(list(entry["shape"]), values)
    return ModelFile(json.loads(metadata["model_config"]), tensors, dict(metadata))


def _checkpoint(data: bytes, path: str) -> ModelFile:
    start = len(CHECKPOINT_MAGIC)
    end = data.find(b"\n", start)
    if end < 0:
        raise TowerError(f"{path}: the checkpoint has no header line")
    header = json.loads(data[start:end].decode("utf-8"))
    count = header["parameterCount"]
    floats = _values("f", data[end + 1:end + 1 + 4 * count])
    if len(floats) != count:
        raise TowerError(f"{path}: the checkpoint holds {len(floats)} parameters, its header says {count}")
    tensors = {}
    for entry in header["parameters"]:
        size = 1
        for dimension in entry["shape"]:
            size *= dimension
        tensors[entry["name"]] = TensorData(list(entry["shape"]), floats[entry["offset"]:entry["offset"] + size])
    return ModelFile(header["model"], tensors, {})
