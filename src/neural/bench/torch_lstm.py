#!/usr/bin/env python3
"""Same network as Salescast's default LSTM, trained in PyTorch on the windows DL4J exported.

Run (after TorchComparison wrote the windows):
    /usr/bin/python3 src/neural/bench/torch_lstm.py src/neural/target/torch-bench 2 3

Architecture (as NetworkFactory builds it): LSTM(inputs -> 32, tanh), then a per-step dense
output (32 -> 1, identity); masked MSE on the future steps; Adam lr 3e-3; per-layer L2 gradient
clipping at 1.0; float32; minibatches of 64 in file order. Prints seconds per epoch.
Needs python3-torch (Debian: apt-get install -y python3-torch). Not part of mvn verify.
"""
import json
import sys
import time

import numpy as np
import torch


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "src/neural/target/torch-bench"
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    epochs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    torch.set_num_threads(threads)
    torch.manual_seed(42)
    meta = json.load(open(f"{d}/windows.json"))
    n, f, t, h, bs = meta["n"], meta["inputs"], meta["steps"], meta["hidden"], meta["batch"]
    raw = np.fromfile(f"{d}/windows.f32", dtype="<f4")
    x = torch.from_numpy(raw[: n * f * t].reshape(n, f, t).transpose(0, 2, 1).copy())  # [n, steps, inputs]
    y = torch.from_numpy(raw[n * f * t: n * f * t + n * t].reshape(n, t).copy())
    m = torch.from_numpy(raw[n * f * t + n * t:].reshape(n, t).copy())

    lstm = torch.nn.LSTM(f, h, batch_first=True)
    out = torch.nn.Linear(h, 1)
    params = list(lstm.parameters()) + list(out.parameters())
    opt = torch.optim.Adam(params, lr=meta["lr"])
    print(f"PyTorch {torch.__version__}: {n} windows, {f} inputs x {t} steps, hidden {h}, batch {bs}, "
          f"{sum(p.numel() for p in params)} params, {threads} threads")
    for e in range(1, epochs + 1):
        start = time.perf_counter()
        total = 0.0
        batches = 0
        for i in range(0, n, bs):
            xb, yb, mb = x[i:i + bs], y[i:i + bs], m[i:i + bs]
            opt.zero_grad()
            hseq, _ = lstm(xb)
            pred = out(hseq).squeeze(-1)
            loss = ((pred - yb) ** 2 * mb).sum() / xb.shape[0]
            loss.backward()
            for mod in (lstm, out):  # DL4J ClipL2PerLayer
                torch.nn.utils.clip_grad_norm_(mod.parameters(), meta["clip"])
            opt.step()
            total += loss.item()
            batches += 1
        print(f"PyTorch epoch {e}: {time.perf_counter() - start:.2f} s, mean loss {total / batches:.4f}")


if __name__ == "__main__":
    main()
