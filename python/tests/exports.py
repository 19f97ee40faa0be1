"""Model files made by the binary for the tests: the witness (`tower construct --export`) and
tiny trained models (`tower train --export`, a few steps: the weights are arbitrary, which is all
a round trip needs). Each is made once per test process, in one temporary directory."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import tower

_DIRECTORY = tempfile.mkdtemp(prefix="tower-python-tests-")
atexit.register(shutil.rmtree, _DIRECTORY, True)
_MADE = {}


def witness(group: str):
    """(safetensors path, checkpoint path) of the witness of `group`."""
    key = ("witness", group)
    if key not in _MADE:
        stem = os.path.join(_DIRECTORY, "witness-" + group.replace(" ", "_"))
        tower.run_tower(["construct", "--group", group, "--lengths", "10", "--sequences", "1",
                         "--export", stem + ".safetensors", "--model-out", stem + ".ckpt"])
        _MADE[key] = (stem + ".safetensors", stem + ".ckpt")
    return _MADE[key]


def trained(family: str, norm: str = "rms", activation: str = "relu", extra=()):
    """(safetensors path, checkpoint path) of a model of `family` trained for a few steps on S3."""
    key = ("trained", family, norm, activation, tuple(extra))
    if key not in _MADE:
        stem = os.path.join(_DIRECTORY, "-".join(["s3", family, norm, activation, *extra]))
        tower.run_tower(["train", "--group", "S3", "--model", family, "--layers", "2", "--steps", "20",
                         "--width", "12", "--state", "3", "--batch", "8", "--train-length", "12",
                         "--eval-lengths", "12", "--eval-sequences", "4", "--norm", norm,
                         "--activation", activation, *extra,
                         "--export", stem + ".safetensors", "--save", stem + ".ckpt"])
        _MADE[key] = (stem + ".safetensors", stem + ".ckpt")
    return _MADE[key]
