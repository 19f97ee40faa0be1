import unittest
from fractions import Fraction

import tower
from tower.lie import matrices_json
from support import BinaryTestCase


class LieTests(BinaryTestCase):
    def test_catalog_algebras(self):
        so3 = tower.lie("so(3)")
        self.assertEqual((so3.dimension, so3.matrix_size), (3, 3))
        self.assertTrue(so3.semisimple)
        self.assertFalse(so3.solvable)
        self.assertIsNone(so3.predicted_depth)
        heis = tower.lie("heis(3)")
        self.assertEqual(heis.derived_series_dims, [3, 1, 0])
        self.assertEqual((heis.nilpotency_class, heis.predicted_depth, heis.center_dim), (2, 2, 1))

    def test_exact_matrices(self):
        # the upper and lower nilpotent 2x2 matrices generate sl(2)
        sl2 = tower.lie(matrices=[[[0, 1], [0, 0]], [[0, 0], [Fraction(1, 2), 0]]])
        self.assertEqual(sl2.dimension, 3)
        self.assertTrue(sl2.semisimple)
        borel = tower.lie(matrices=[[[1, 0], [0, "-3/4"]], [[0, 1], [0, 0]]])
        self.assertEqual((borel.dimension, borel.derived_length), (2, 2))

    def test_bad_input(self):
        with self.assertRaises(tower.TowerInputError):
            tower.lie("so(x)")
        with self.assertRaises(tower.TowerInputError):
            tower.lie(matrices=[[[1, 0], [0, 1]], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]])


class MatrixTextTests(unittest.TestCase):
    def test_fractions_become_strings_and_floats_are_refused(self):
        self.assertEqual(matrices_json([[[Fraction(4, 2), Fraction(-3, 4)], ["1/3", 0]]]),
                         [[[2, "-3/4"], ["1/3", 0]]])
        with self.assertRaises(TypeError) as caught:
            matrices_json([[[0.5]]])
        self.assertIn("matrix 1, row 1, column 1", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
