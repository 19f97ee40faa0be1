import os
import unittest
from unittest import mock

import tower


class BinaryLookupTests(unittest.TestCase):
    def test_tower_bin_must_be_an_executable(self):
        with mock.patch.dict(os.environ, {"TOWER_BIN": "/nonexistent/tower"}):
            with self.assertRaises(tower.TowerNotFoundError) as caught:
                tower.group("S4")
        self.assertIn("/nonexistent/tower", str(caught.exception))

    def test_missing_binary_says_how_to_get_one(self):
        environment = {key: value for key, value in os.environ.items() if key != "TOWER_BIN"}
        environment["PATH"] = "/nonexistent"
        with mock.patch.dict(os.environ, environment, clear=True):
            with self.assertRaises(tower.TowerNotFoundError) as caught:
                tower.tower_binary()
        self.assertIn("TOWER_BIN", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
