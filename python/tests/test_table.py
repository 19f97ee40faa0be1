import os
import tempfile
import unittest

import tower
from support import BinaryTestCase


class TableTests(BinaryTestCase):
    def test_a_range_table_as_records(self):
        with tempfile.TemporaryDirectory() as directory:
            out = os.path.join(directory, "groups")
            rows = tower.table(["C2..C6", "S3..S5", "AGL(1,p) for p in 5..7"], out, formats=["md"])
            self.assertEqual([r.label for r in rows], ["C2", "C3", "C4", "C5", "C6", "S3", "S4", "S5", "AGL(1,5)", "AGL(1,7)"])
            s4, s5 = rows[6], rows[7]
            self.assertEqual((s4.order, s4.derived_length, s4.nilpotency_class, s4.solvable), (24, 3, None, True))
            self.assertEqual(s4.predictions, {"dcd": 3, "real11": None, "real01": None, "dense": 1})
            self.assertEqual(s4.composition_factor_orders, [2, 2, 2, 3])
            self.assertEqual((s5.derived_length, s5.solvable, s5.composition_factor_orders), (None, False, [2, 60]))
            self.assertTrue(os.path.exists(os.path.join(out, "table.md")))
            self.assertFalse(os.path.exists(os.path.join(out, "table.tex")))
            self.assertEqual(tower.table_results(os.path.join(out, "table.json")), rows)

    def test_rows_have_a_depth_column_per_family(self):
        with tempfile.TemporaryDirectory() as directory:
            rows = tower.table("D8; Q8", os.path.join(directory, "t"), certificates=True).rows()
            self.assertEqual(len(rows), 2)
            self.assertEqual((rows[0]["label"], rows[0]["depth_dcd"], rows[0]["depth_real11"], rows[0]["depth_real01"]), ("D8", 2, 2, None))
            self.assertNotIn("predictions", rows[0])
            self.assertTrue(os.path.isfile(os.path.join(directory, "t", rows[1]["certificate"])))

    def test_a_bad_spec_raises_with_towers_message(self):
        with tempfile.TemporaryDirectory() as directory:
            with self.assertRaises(tower.TowerInputError) as caught:
                tower.table("C2..D5", os.path.join(directory, "t"))
            self.assertIn("'C2..D5' is not a range like C2..C100", str(caught.exception))
            self.assertFalse(os.path.exists(os.path.join(directory, "t")))


if __name__ == "__main__":
    unittest.main()
