"""Shared by the tests: the `tower` binary under test and the repository's paths.

The binary is `$TOWER_BIN`, else the repository's `.build/debug/tower` (built by `swift build`
or `swift test`), else `tower` on PATH. Without one, the tests that run it are skipped with
that reason, unless CI is set (then they fail: CI must test the bindings)."""
from __future__ import annotations

import os
import shutil
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(os.path.dirname(HERE))


def tower_binary_or_none():
    configured = os.environ.get("TOWER_BIN")
    if configured:
        return configured
    for build in ("debug", "release"):
        built = os.path.join(REPOSITORY, ".build", build, "tower")
        if os.access(built, os.X_OK):
            return built
    return shutil.which("tower")


class BinaryTestCase(unittest.TestCase):
    """A test that runs `tower`: sets TOWER_BIN for the package, or skips (fails under CI)."""

    @classmethod
    def setUpClass(cls):
        binary = tower_binary_or_none()
        if binary is None:
            reason = ("no tower binary: run `swift build` in the repository, "
                      "or set TOWER_BIN, to run the tests that call tower")
            if os.environ.get("CI"):
                raise AssertionError(reason + " (CI is set, so this is a failure)")
            raise unittest.SkipTest(reason)
        os.environ["TOWER_BIN"] = binary
