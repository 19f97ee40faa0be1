"""Tower's sequence models as PyTorch modules (needs `torch`; the rest of the package does not).

    from tower.torch import load_model
    model = load_model("s4.safetensors")       # or a Tower checkpoint (.ckpt)
    logits = model(tokens)                     # tokens: LongTensor [batch, length] -> [batch, length, C]

`TowerModel` implements exactly the architecture of Sources/SequenceModels/README.md ("The model,
exactly"): embedding; per layer norm -> input projection -> diagonal (dcd, real01, real11) or
dense recurrence from the initial state -> [features, U] output map -> residual ReLU/GELU MLP;
final norm and readout. Parameter names and shapes are Tower's (weights `[in, out]`, applied as
`u @ W + b`), so `state_dict()` keys are the names in the file and the module can be exported back
by name. The recurrences run step by step (Tower's `sequential` form)."""
from __future__ import annotations

import json
import math
import os
from typing import Any, Dict, List, Optional, Union

import torch
from torch import nn

from .modelfile import ModelFile, read_model_file

EPSILON = 1e-5  # Normalization.epsilon


def projection_width(family: str, state: int) -> int:
    return {"dcd": 3 * state, "real01": 2 * state, "real11": 2 * state, "dense": state * state + state}[family]


def feature_width(family: str, state: int) -> int:
    return 2 * state if family == "dcd" else state


class Affine(nn.Module):
    """u @ weight + bias with Tower's `[in, out]` weight."""

    def __init__(self, inputs: int, outputs: int):
        super().__init__()
        self.weight = nn.Parameter(torch.zeros(inputs, outputs))
        self.bias = nn.Parameter(torch.zeros(outputs))

    def forward(self, u: torch.Tensor) -> torch.Tensor:
        return u @ self.weight + self.bias


class Norm(nn.Module):
    """none (identity), rms (x / sqrt(mean(x^2) + eps) * gain) or layer ((x - mean) / sqrt(var + eps) * gain + bias)."""

    def __init__(self, kind: str, width: int):
        super().__init__()
        if kind not in ("none", "rms", "layer"):
            raise ValueError(f"unknown norm {kind!r}")
        self.kind = kind
        if kind != "none":
            self.gain = nn.Parameter(torch.ones(width))
        if kind == "layer":
            self.bias = nn.Parameter(torch.zeros(width))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.kind == "none":
            return x
        mean = x.mean(dim=-1, keepdim=True) if self.kind == "layer" else torch.zeros_like(x[..., :1])
        centred = x - mean
        scale = 1 / torch.sqrt((centred * centred).mean(dim=-1, keepdim=True) + EPSILON)
        y = centred * scale * self.gain
        return y + self.bias if self.kind == "layer" else y


class Mixer(nn.Module):
    """The recurrence h_t = a_t (*) h_{t-1} + b_t from h_{-1} = initial_state, as features."""

    def __init__(self, family: str, width: int, state: int):
        super().__init__()
        self.family, self.state = family, state
        self.add_module("in", Affine(width, projection_width(family, state)))
        self.initial_state = nn.Parameter(torch.zeros(feature_width(family, state)))
        self.out = Affine(feature_width(family, state) + width, width)

    def features(self, u: torch.Tensor) -> torch.Tensor:
        p = getattr(self, "in")(u)
        s, batch, length = self.state, u.shape[0], u.shape[1]
        h0 = self.initial_state
        steps = []
        if self.family == "dcd":
            theta = p[..., :s]
            a = torch.complex(torch.cos(theta), torch.sin(theta))
            b = torch.complex(p[..., s:2 * s], p[..., 2 * s:3 * s])
            h = torch.complex(h0[:s], h0[s:]).expand(batch, s)
            for t in range(length):
                h = a[:, t] * h + b[:, t]
                steps.append(h)
            states = torch.stack(steps, dim=1)
            return torch.cat([states.real, states.imag], dim=-1)
        if self.family in ("real01", "real11"):
            z = p[..., :s]
            a = torch.sigmoid(-z) if self.family == "real01" else torch.tanh(z / 2)
            b = p[..., s:2 * s]
            h = h0.expand(batch, s)
            for t in range(length):
                h = a[:, t] * h + b[:, t]
                steps.append(h)
            return torch.stack(steps, dim=1)
        a = p[..., :s * s].reshape(batch, length, s, s)  # A[i][j] at i*S+j: h_i = sum_j A_ij h_j
        b = p[..., s * s:s * s + s]
        h = h0.expand(batch, s)
        for t in range(length):
            h = torch.einsum("bij,bj->bi", a[:, t], h) + b[:, t]
            steps.append(h)
        return torch.stack(steps, dim=1)


class MLP(nn.Module):
    def __init__(self, width: int, hidden: int, activation: str):
        super().__init__()
        if activation not in ("relu", "gelu"):
            raise ValueError(f"unknown activation {activation!r}")
        self.activation = activation
        self.up = Affine(width, hidden)
        self.down = Affine(hidden, width)

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        hidden = self.up(z)
        hidden = torch.relu(hidden) if self.activation == "relu" else nn.functional.gelu(hidden)
        return self.down(hidden)


class Layer(nn.Module):
    def __init__(self, config: Dict[str, Any]):
        super().__init__()
        d = config["width"]
        self.norm = Norm(config["norm"], d)
        self.mixer = Mixer(config["family"], d, config["state"])
        self.mlp = MLP(d, config["mlpHidden"], config["activation"])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        u = self.norm(x)
        z = self.mixer.out(torch.cat([self.mixer.features(u), u], dim=-1))
        return x + self.mlp(z)


class AuxiliaryHead(nn.Module):
    """A guided-training head (reads the stream after its layer; not part of the main output)."""

    def __init__(self, norm: str, width: int, classes: int):
        super().__init__()
        self.norm = Norm(norm, width)
        self.weight = nn.Parameter(torch.zeros(width, classes))
        self.bias = nn.Parameter(torch.zeros(classes))


class TowerModel(nn.Module):
    """A Tower sequence model (dcd / real01 / real11 / dense) with Tower's parameter names."""

    def __init__(self, config: Dict[str, Any]):
        super().__init__()
        self.config = dict(config)
        d = config["width"]
        self.embedding = nn.Parameter(torch.zeros(config["vocabulary"], d))
        self.layers = nn.ModuleList(Layer(config) for _ in range(config["layers"]))
        self.final_norm = Norm(config["norm"], d)
        self.readout = Affine(d, config["outputs"])
        self.aux = nn.ModuleList(AuxiliaryHead(config["norm"], d, c) for c in config.get("auxiliaryOutputs", []))
        # Heads of --guidance steps / states on layer l's transition phases or state features
        # (names transition.l.* / state.l.*; a layer with 0 classes has none). Like the aux heads
        # they only shaped training: forward never reads them.
        s, family = config["state"], config["family"]
        self.transition = nn.ModuleDict({str(l): Affine(2 * s, c) for l, c in enumerate(config.get("transitionOutputs", [])) if c > 0})
        self.state = nn.ModuleDict({str(l): Affine(feature_width(family, s), c)
                                    for l, c in enumerate(config.get("stateOutputs", [])) if c > 0})

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        """Logits (or regression outputs) `[batch, length, outputs]` for tokens `[batch, length]`."""
        x = self.embedding[tokens]
        for layer in self.layers:
            x = layer(x)
        return self.readout(self.final_norm(x))


def model_from_file(file: ModelFile, dtype: torch.dtype = torch.float32) -> TowerModel:
    """A TowerModel holding the weights of a read model file."""
    model = TowerModel(file.config).to(dtype)
    state = {name: torch.tensor(list(file.tensors[name].values), dtype=dtype).reshape(file.tensors[name].shape)
             for name in file.parameter_names()}
    model.load_state_dict(state, strict=True)
    return model


def load_model(path: Union[str, "os.PathLike[str]"], dtype: torch.dtype = torch.float32) -> TowerModel:
    """The model in a safetensors export (`tower train/construct --export`) or a Tower checkpoint,
    as a TowerModel in `dtype`. The file's other tensors are attributes: `reference_tokens`,
    `reference_logits` (Tower's own outputs on them) and `cayley_table` (None when absent), and
    `metadata` (the safetensors metadata)."""
    file = read_model_file(path)
    model = model_from_file(file, dtype)
    model.metadata = file.metadata
    model.reference_tokens = _tensor(file, "reference.tokens", torch.long)
    model.reference_logits = _tensor(file, "reference.logits", dtype)
    model.cayley_table = _tensor(file, "task.cayley_table", torch.long)
    return model


def word_problem_labels(table: torch.Tensor, tokens: torch.Tensor) -> torch.Tensor:
    """The targets of the word problem: the index of the prefix product x_1 ... x_t at each t."""
    labels = torch.empty_like(tokens)
    current = tokens[:, 0]
    labels[:, 0] = current
    for t in range(1, tokens.shape[1]):
        current = table[current, tokens[:, t]]
        labels[:, t] = current
    return labels


def _tensor(file: ModelFile, name: str, dtype: torch.dtype) -> Optional[torch.Tensor]:
    data = file.tensors.get(name)
    if data is None:
        return None
    return torch.tensor(list(data.values), dtype=dtype).reshape(data.shape)
