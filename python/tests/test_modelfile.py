import json
import os
import struct
import tempfile
import unittest

import tower
from tower.modelfile import read_model_file
from support import BinaryTestCase
import exports


def compose(a, b):
    """GAP's a * b on 1-based image lists: apply a, then b."""
    n = max(len(a), len(b))
    a = list(a) + list(range(len(a) + 1, n + 1))
    b = list(b) + list(range(len(b) + 1, n + 1))
    return [b[a[x] - 1] for x in range(n)]


class ExportFileTests(BinaryTestCase):
    """The safetensors export read without any framework (runs wherever the binary does)."""

    def test_witness_export_matches_its_checkpoint(self):
        safetensors, checkpoint = exports.witness("S4")
        exported, saved = read_model_file(safetensors), read_model_file(checkpoint)
        self.assertEqual(exported.config, saved.config)
        self.assertEqual((exported.config["family"], exported.config["layers"]), ("dcd", 3))
        self.assertEqual(exported.parameter_names(), list(saved.tensors))
        self.assertEqual(len(saved.tensors), 1 + 3 * 10 + 1 + 2)  # embedding, 3 rms layers, final gain, readout
        for name, tensor in saved.tensors.items():
            self.assertEqual(exported.tensors[name].shape, tensor.shape, name)
            self.assertEqual(exported.tensors[name].values, tensor.values, name)
        self.assertEqual(exported.metadata["format"], "tower-model")
        self.assertEqual(exported.metadata["group"], "S4")

    def test_cayley_table_agrees_with_the_elements_and_the_reference_logits(self):
        exported = read_model_file(exports.witness("S4")[0])
        elements = json.loads(exported.metadata["elements"])
        table = exported.cayley_table
        self.assertEqual((len(elements), len(table)), (24, 24))
        for i, a in enumerate(elements):
            for j, b in enumerate(elements):
                self.assertEqual(compose(a, b), elements[table[i][j]] + [], (i, j))
        tokens, logits = exported.tensors["reference.tokens"], exported.tensors["reference.logits"]
        self.assertEqual((tokens.shape, logits.shape), ([4, 64], [4, 64, 24]))
        correct = 0
        for s in range(4):
            product = None
            for t in range(64):
                x = tokens.values[s * 64 + t]
                product = x if product is None else table[product][x]
                row = logits.values[(s * 64 + t) * 24:(s * 64 + t + 1) * 24]
                correct += max(range(24), key=row.__getitem__) == product
        self.assertEqual(correct, 256)  # Tower's own witness outputs are exact

    def test_trained_export_has_its_training_heads_and_table(self):
        exported = read_model_file(exports.trained("dcd", extra=("--guidance", "derived-series"))[0])
        self.assertEqual(exported.config["auxiliaryOutputs"], [2])
        self.assertIn("aux.0.weight", exported.parameter_names())
        self.assertEqual(exported.tensors["task.cayley_table"].shape, [6, 6])
        self.assertEqual(exported.metadata["task"], "S3")

    def test_not_a_tower_file(self):
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "x.safetensors")
            header = json.dumps({"w": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}).encode()
            with open(path, "wb") as file:
                file.write(struct.pack("<Q", len(header)) + header + b"\0\0\0\0")
            with self.assertRaises(tower.TowerError) as caught:
                read_model_file(path)
            self.assertIn("not one Tower exported", str(caught.exception))
            with open(path, "wb") as file:
                file.write(b"abc")
            with self.assertRaises(tower.TowerError):
                read_model_file(path)


if __name__ == "__main__":
    unittest.main()
