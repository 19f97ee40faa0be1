#!/usr/bin/env python3
"""PyTorch reference for `tower bench train`: the same model, task and optimiser as Tower's
SequenceModels (equations in Sources/SequenceModels/README.md), on CPU with 2 threads.

Model: embedding -> 2 x residual [RMSNorm -> dcd mixer -> ReLU MLP] -> RMSNorm -> readout,
width 64, state 64 (complex), MLP hidden 128, batch 64, length 64, S4 word problem (24 tokens,
24 classes), softmax cross-entropy, global-norm clipping 1.0, AdamW (lr 3e-3, wd 0.01).

The dcd recurrence h_t = exp(i theta_t) h_{t-1} + b_t (h_{-1} = h0) is solved two ways:
  --scan sequential : a loop over time, the algorithm Tower's training uses (default);
  --scan cumsum     : the closed form for unit-modulus transitions,
                      h_t = e^{i Theta_t} (h0 + sum_{s<=t} e^{-i Theta_s} b_s), Theta = cumsum(theta),
                      which PyTorch runs as a few whole-tensor ops (its fastest formulation).
Prints tokens/s; with --json the last line is a JSON object.
"""
import argparse
import itertools
import json
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def symmetric_group_table(n):
    perms = list(itertools.permutations(range(n)))  # identity first
    index = {p: i for i, p in enumerate(perms)}
    # GAP convention: (g*h)(p) = h(g(p)).
    return torch.tensor([[index[tuple(h[g[p]] for p in range(n))] for h in perms] for g in perms])


class RMSNorm(nn.Module):
    def __init__(self, d, eps=1e-5):
        super().__init__()
        self.gain = nn.Parameter(torch.ones(d))
        self.eps = eps

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.gain


class DcdLayer(nn.Module):
    def __init__(self, d, s, h, scan):
        super().__init__()
        self.s, self.scan = s, scan
        self.norm = RMSNorm(d)
        self.mixer_in = nn.Linear(d, 3 * s)
        self.h0 = nn.Parameter(torch.cat([torch.ones(s), torch.zeros(s)]))
        self.mixer_out = nn.Linear(2 * s + d, d)
        self.up = nn.Linear(d, h)
        self.down = nn.Linear(h, d)

    def recurrence(self, theta, b):
        h0 = torch.complex(self.h0[: self.s], self.h0[self.s:])
        if self.scan == "cumsum":
            big_theta = torch.cumsum(theta, dim=1)
            rot = torch.polar(torch.ones_like(big_theta), big_theta)
            return rot * (h0 + torch.cumsum(b * rot.conj(), dim=1))
        a = torch.polar(torch.ones_like(theta), theta)
        h = h0.expand(theta.shape[0], -1)
        out = []
        for t in range(theta.shape[1]):
            h = a[:, t] * h + b[:, t]
            out.append(h)
        return torch.stack(out, dim=1)

    def forward(self, x):
        u = self.norm(x)
        p = self.mixer_in(u)
        s = self.s
        h = self.recurrence(p[..., :s], torch.complex(p[..., s:2 * s], p[..., 2 * s:]))
        z = self.mixer_out(torch.cat([h.real, h.imag, u], dim=-1))
        return x + self.down(F.relu(self.up(z)))


class Model(nn.Module):
    def __init__(self, vocab, classes, d, s, h, layers, scan):
        super().__init__()
        self.embedding = nn.Embedding(vocab, d)
        self.layers = nn.ModuleList([DcdLayer(d, s, h, scan) for _ in range(layers)])
        self.final_norm = RMSNorm(d)
        self.readout = nn.Linear(d, classes)

    def forward(self, tokens):
        x = self.embedding(tokens)
        for layer in self.layers:
            x = layer(x)
        return self.readout(self.final_norm(x))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=30)
    ap.add_argument("--warmup-steps", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--scan", choices=["sequential", "cumsum"], default="sequential")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    layers, width, state, batch, length = 2, 64, 64, 64, 64
    table = symmetric_group_table(4)
    order = table.shape[0]
    model = Model(order, order, width, state, 2 * width, layers, args.scan)
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=0.01)
    gen = torch.Generator().manual_seed(1)

    def step():
        tokens = torch.randint(order, (batch, length), generator=gen)
        targets = torch.empty_like(tokens)
        y = torch.zeros(batch, dtype=torch.long)
        for t in range(length):
            y = table[y, tokens[:, t]]
            targets[:, t] = y
        loss = F.cross_entropy(model(tokens).reshape(-1, order), targets.reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        return loss.item()

    for _ in range(args.warmup_steps):
        step()
    start = time.perf_counter()
    for _ in range(args.steps):
        step()
    seconds = time.perf_counter() - start
    tps = args.steps * batch * length / seconds
    print(f"pytorch {torch.__version__} ({args.scan} scan, {args.threads} threads): {tps:.0f} tokens/s")
    if args.json:
        print(json.dumps({"tokens_per_second": tps, "scan": args.scan, "threads": args.threads,
                          "torch": torch.__version__, "model": "dcd", "layers": layers, "width": width,
                          "state": state, "batch": batch, "length": length, "group": "S4"}, sort_keys=True))


if __name__ == "__main__":
    main()
