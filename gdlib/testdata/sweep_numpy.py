#!/usr/bin/python3
"""NumPy reference for the learning-rate x epochs sweep (BenchmarkSweepSteps).

The course's third experiment on f(x) = sin(x) e^{-0.05 x^2}: 50 learning rates
linspace(1e-10, 0.1, 50) x 40 epoch counts round(linspace(10, 500, 40)), gradient
descent from x = 0, the final x of each run. Its fastest NumPy form runs the 500
steps once for all rates together (arrays of 50) and reads the 40 counts off the
way: the result of a run of e epochs is the iterate after e steps.

Prints the median CPU time (process_time: NumPy runs this on one core, and
another process on a busy machine does not inflate it as it does wall time)
of REPEAT runs in milliseconds, then the 50 x 40
final x values (rate-major, as gdlib.Grid.Values), one per line with repr.
Run with Debian's NumPy:  /usr/bin/python3 sweep_numpy.py [REPEAT]
"""
import sys, time
import numpy as np


def df(x):
    # f'(x) = cos(x) e^{-0.05 x^2} + sin(x) (-0.1 x) e^{-0.05 x^2}, as gdlib's DampedSine
    e = np.exp(-x * x * 0.05)
    return np.cos(x) * e + np.sin(x) * (-0.1 * x) * e


def sweep():
    lrs = np.linspace(1e-10, 0.1, 50)
    epochs = np.round(np.linspace(10, 500, 40)).astype(int)
    out = np.empty((len(lrs), len(epochs)))
    x = np.zeros(len(lrs))
    col = 0
    for step in range(1, epochs[-1] + 1):
        x = x - lrs * df(x)
        while col < len(epochs) and epochs[col] == step:
            out[:, col] = x
            col += 1
    return out


def main():
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        out = sweep()
        times.append(time.process_time() - t0)
    print(1e3 * sorted(times)[len(times) // 2])
    for v in out.ravel():
        print(repr(float(v)))


if __name__ == "__main__":
    main()
