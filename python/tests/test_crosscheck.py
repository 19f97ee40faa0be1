import json
import os
import tempfile
import unittest

import tower
from support import REPOSITORY

EXAMPLE = os.path.join(REPOSITORY, "examples", "crosscheck")


class CrossCheckResultsTests(unittest.TestCase):
    def test_reads_every_cell_of_the_committed_example(self):
        cells = tower.crosscheck_results(EXAMPLE)
        with open(os.path.join(EXAMPLE, "crosscheck.json")) as file:
            document = json.load(file)
        self.assertEqual(len(cells), 27)
        self.assertEqual(len(cells), len(document["cells"]))
        first = cells[0]
        self.assertEqual((first.group, first.family, first.depth, first.guidance), ("C2", "dcd", 1, "none"))
        self.assertEqual((first.seeds_learned, first.longest_length_above_90), (3, 1000))
        self.assertEqual(first.verdict, "learned where allowed")
        self.assertEqual([run.seed for run in first.runs], [1, 2, 3])
        self.assertEqual(first.runs[1].evaluations[2].length, 250)
        self.assertAlmostEqual(first.runs[2].evaluations[3].accuracy, 0.81468)
        s3 = [c for c in cells if c.group == "S3" and c.family == "dcd" and c.depth == 1 and c.guidance == "none"]
        self.assertEqual(len(s3), 1)
        self.assertEqual((s3[0].break_length, s3[0].verdict), (120, "failed where forbidden"))
        # The two-layer plain cells, re-run with retries (5 Dec): 3 of 3 seeds each; S3 seed 1
        # kept its second, cascade-guided attempt.
        retried = [c for c in cells if c.guidance == "none, cascade on retry"]
        self.assertEqual([(c.group, c.depth, c.seeds_learned) for c in retried],
                         [(g, 2, 3) for g in ("S3", "D8", "Q8", "A4")])
        s3_runs = retried[0].runs
        self.assertEqual([(r.seed, r.attempts, r.kept_attempt, r.kept_guidance) for r in s3_runs],
                         [(1, 2, 2, "cascade"), (2, 1, 1, "none"), (3, 1, 1, "none")])
        self.assertIsNone(first.runs[0].attempts)  # older cells: single attempts, no field
        # S4 with three layers, trained by the recipe's guidance rule (cascade).
        s4 = [c for c in cells if c.group == "S4" and c.depth == 3]
        self.assertEqual([(c.guidance, c.seeds_learned, c.verdict) for c in s4], [("cascade", 2, "learned where allowed")])
        # The positive control: one dense layer on S3, A4, S4 and A5.
        dense = [(c.group, c.seeds_learned, c.verdict) for c in cells if c.family == "dense"]
        self.assertEqual(dense, [(g, 3, "learned where allowed") for g in ("S3", "A4", "S4", "A5")])

    def test_rows_and_run_rows(self):
        cells = tower.crosscheck_results(os.path.join(EXAMPLE, "crosscheck.json"))
        rows = cells.rows()
        self.assertEqual(len(rows), 27)
        self.assertNotIn("runs", rows[0])
        self.assertEqual(rows[0]["group"], "C2")
        expected = sum(len(run.evaluations) for cell in cells for run in cell.runs)
        self.assertEqual(len(cells.run_rows()), expected)
        self.assertEqual(expected, 405)

    def test_to_pandas(self):
        cells = tower.crosscheck_results(EXAMPLE)
        try:
            import pandas  # noqa: F401
        except ImportError:
            with self.assertRaises(ImportError) as caught:
                cells.to_pandas()
            self.assertIn("pip install pandas", str(caught.exception))
            return
        frame = cells.to_pandas()
        self.assertEqual(frame.shape[0], 27)
        self.assertEqual(list(frame["group"][:2]), ["C2", "C6"])

    def test_unreadable_results(self):
        with tempfile.TemporaryDirectory() as directory:
            with self.assertRaises(tower.TowerError) as caught:
                tower.crosscheck_results(directory)
            self.assertIn("crosscheck.json", str(caught.exception))
            path = os.path.join(directory, "crosscheck.json")
            with open(path, "w") as file:
                json.dump({"cells": [{"group": "C6"}]}, file)
            with self.assertRaises(tower.TowerOutputError) as caught:
                tower.crosscheck_results(path)
            self.assertIn("'family'", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
