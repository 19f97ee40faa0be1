"""Fine-tunes an exported witness in PyTorch and measures whether it stays exact.

    tower construct --group S4 --export s4.safetensors
    python3 python/examples/finetune_witness.py s4.safetensors

Each row: which weights train, the optimiser, the loss before and after 20 steps (16 random words
of length 32, cross-entropy on the word problem), and the accuracy at lengths 100 and 1000
(8 random words each). Seeded: the same file gives the same table."""
import sys

import torch

from tower.torch import load_model, word_problem_labels


def accuracy(model, table, length, seed=3):
    generator = torch.Generator().manual_seed(seed)
    tokens = torch.randint(0, table.shape[0], (8, length), generator=generator)
    with torch.no_grad():
        return (model(tokens).argmax(-1) == word_problem_labels(table, tokens)).float().mean().item()


def run(path, weights, optimiser_name, lr):
    model = load_model(path)
    table, n, last = model.cayley_table, model.config["outputs"], model.config["layers"] - 1
    decoder = (f"layers.{last}.mlp.", "final_norm.", "readout.")
    parameters = [p for name, p in model.named_parameters() if weights == "all" or name.startswith(decoder)]
    make = torch.optim.Adam if optimiser_name == "Adam" else torch.optim.SGD
    optimiser = make(parameters, lr=lr)
    generator = torch.Generator().manual_seed(7)
    losses = []
    for _ in range(20):
        tokens = torch.randint(0, n, (16, 32), generator=generator)
        loss = torch.nn.functional.cross_entropy(model(tokens).reshape(-1, n), word_problem_labels(table, tokens).reshape(-1))
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        losses.append(loss.item())
    print(f"{weights:8} {optimiser_name:5} {lr:<6g} {losses[0]:.5f} -> {losses[-1]:.5f}   "
          f"{accuracy(model, table, 100):.4f}   {accuracy(model, table, 1000):.4f}")


if __name__ == "__main__":
    path = sys.argv[1]
    print("weights  optim lr     loss (20 steps)       acc@100  acc@1000")
    for weights, optimiser_name, lr in [("all", "SGD", 0.01), ("all", "Adam", 1e-5), ("all", "Adam", 1e-3),
                                        ("decoder", "SGD", 0.1), ("decoder", "Adam", 1e-3)]:
        run(path, weights, optimiser_name, lr)
