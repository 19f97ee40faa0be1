import math
import os
import tempfile
import unittest

import tower
from tower.group import generator_text
from support import BinaryTestCase


class GroupTests(BinaryTestCase):
    def test_catalog_name_gives_every_json_field_typed(self):
        s4 = tower.group("s4")  # catalog names are case-insensitive
        self.assertEqual(s4.name, "S4")
        self.assertEqual(s4.input_syntax, "catalog")
        self.assertEqual((s4.generators, s4.generator_count), (["(1,2,3,4)", "(1,2)"], 2))
        self.assertEqual((s4.degree, s4.order), (4, 24))
        self.assertEqual(s4.derived_length, 3)
        self.assertEqual(s4.derived_series_orders, [24, 12, 4, 1])
        self.assertEqual(s4.derived_factor_invariants, [[2], [3], [2, 2]])
        self.assertEqual(s4.lower_central_series_orders, [24, 12])
        self.assertEqual(s4.composition_factor_orders, [2, 2, 2, 3])
        self.assertFalse(s4.nilpotent)
        self.assertIsNone(s4.nilpotency_class)
        self.assertEqual(s4.predicted_depth.complex_diagonal, 3)
        self.assertEqual(s4.predicted_depth.dense, 1)
        self.assertIsNone(s4.predicted_depth.real_diagonal_nonnegative)
        self.assertEqual(s4.extra, {})

    def test_orders_are_exact_python_ints(self):
        s30 = tower.group("S30")
        self.assertEqual(s30.order, math.factorial(30))
        self.assertEqual(s30.derived_series_orders, [math.factorial(30), math.factorial(30) // 2])
        self.assertIsNone(s30.derived_length)
        self.assertFalse(s30.solvable)

    def test_generators_as_cycles_image_lists_and_gap_group(self):
        mixed = tower.group(generators=["(1,2,3)", [2, 1, 3]])
        self.assertEqual((mixed.order, mixed.derived_length), (6, 2))
        self.assertIsNone(mixed.name)
        gap = tower.group(generators="Group((1,2,3),(1,2))")
        self.assertEqual(gap.input_syntax, "gap-group")
        self.assertEqual(gap.order, 6)
        images = tower.group(generators=[[2, 3, 4, 1], [2, 1, 3, 4]])
        self.assertEqual(images.input_syntax, "gap-permutations")
        self.assertEqual(images.order, 24)
        self.assertEqual(tower.group(generators=["(1,2)"], degree=5).degree, 5)

    def test_gap_constructor_name(self):
        d8 = tower.group("DihedralGroup(8)")
        self.assertEqual((d8.name, d8.input_syntax, d8.order, d8.nilpotency_class), ("D8", "gap-name", 8, 2))

    def test_gap_file_gives_one_report_per_group_in_order(self):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "g.g")
            with open(path, "w") as file:
                file.write("[ Group( [ (1,2,3), (1,2) ] ),\n  SymmetricGroup( [ 1 .. 5 ] ),\n"
                           "  Group( [ ( 1, 2)( 3, 4), ( 1, 3)( 2, 4) ] ) ]")
            reports = tower.groups_from_gap_file(path)
        self.assertEqual(len(reports), 3)
        self.assertEqual([r.order for r in reports], [6, 120, 4])
        self.assertEqual([r.extra["index"] for r in reports], [1, 2, 3])
        self.assertEqual([row["order"] for row in reports.rows()], [6, 120, 4])

    def test_bad_input_raises_with_towers_message(self):
        with self.assertRaises(tower.TowerInputError) as caught:
            tower.group("rubic")
        self.assertEqual(caught.exception.exit_code, 2)
        self.assertIn("did you mean Rubik?", str(caught.exception))
        self.assertNotIn("error:", str(caught.exception))
        with self.assertRaises(tower.TowerInputError) as caught:
            tower.group(generators=[[2, 2, 1]])
        self.assertIn("is not a permutation", caught.exception.message)
        with self.assertRaises(tower.TowerInputError) as caught:
            tower.group("SmallGroup(24,12)")
        self.assertIn("PrintTo", caught.exception.message)

    def test_certificate_then_verify(self):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "a4.json")
            self.assertEqual(tower.group("A4", certificate=path).derived_length, 2)
            verdict = tower.verify(path)
            self.assertTrue(verdict.valid)
            self.assertTrue(verdict)
            self.assertIn("has derived length 2", verdict.claim)
            self.assertEqual(verdict.object["type"], "permutation_group")
            self.assertEqual(len(verdict.file_sha256), 64)
            with open(path) as file:
                text = file.read()
            self.assertIn('"derived_length":2', text.replace(" ", ""))
            with open(path, "w") as file:
                file.write(text.replace('"derived_length":2', '"derived_length":1')
                               .replace('"derived_length" : 2', '"derived_length" : 1'))
            forged = tower.verify(path)
            self.assertFalse(forged.valid)
            self.assertIsNone(forged.claim)
            self.assertTrue(forged.reason)
            with open(path, "w") as file:
                file.write("{")
            with self.assertRaises(tower.TowerInputError):
                tower.verify(path)


class GeneratorTextTests(unittest.TestCase):
    def test_lists_become_gap_image_lists(self):
        self.assertEqual(generator_text(["(1,2,3)", [2, 1, 3]]), "(1,2,3),[2,1,3]")
        self.assertEqual(generator_text("Group((1,2))"), "Group((1,2))")

    def test_non_integer_images_are_refused_before_running_tower(self):
        with self.assertRaises(TypeError):
            generator_text([[2.0, 1.0]])
        with self.assertRaises(ValueError):
            generator_text([])
        with self.assertRaises(ValueError):
            tower.group()


if __name__ == "__main__":
    unittest.main()
