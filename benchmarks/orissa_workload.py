#!/usr/bin/env python3
"""The end-to-end benchmark's plain-Python column (benchmarks/end-to-end.sh).

The benchmark's Orissa-like workload (benchmarks/src/main/java/dev/marshall/benchmarks/
OrissaWorkload.java) written the way an analyst would in plain Python, with no NumPy: one
replicated cluster of villages (trust, network members, income), two interventions with monthly
dynamics, a milestone counting villages, two quarterly indicators; states clamped after every
assignment, as the language does. Python's own random numbers differ from Marshall's, so the
figures agree in distribution, not digit for digit; what it is for is the time of the same work.

    python3 benchmarks/orissa_workload.py RUNS REPLICAS MONTHS
"""
import random
import statistics
import sys


def triangular(rng, low, mode, high):
    return rng.triangular(low, high, mode)


def run(rng, replicas, months):
    trust_rate = triangular(rng, 0.02, 0.04, 0.08)
    imitation = rng.uniform(0.05, 0.15)
    firms = [triangular(rng, 20, 40, 90) for _ in range(replicas)]
    trust = [min(1.0, max(0.0, rng.uniform(0.05, 0.20))) for _ in range(replicas)]
    members = [0.0] * replicas
    income = [min(10_000.0, max(0.0, rng.gauss(100, 10))) for _ in range(replicas)]
    reached = 0
    scale_up_start = None
    reach = []
    for month in range(1, months + 1):
        if scale_up_start is None and reached and month > reached:
            scale_up_start = month
        for r in range(replicas):   # groups: months 1..months
            f = firms[r]
            t = min(1.0, max(0.0, trust[r] + trust_rate * (1 - trust[r])))
            trust[r] = t
            m = members[r]
            m = min(f, max(0.0, m + (0.01 * (f - m) + imitation * t * m * (1 - m / f))))
            members[r] = m
            income[r] = min(10_000.0, max(0.0, income[r] + 0.5 * m / f))
        if scale_up_start is not None and month < scale_up_start + 24:
            for r in range(replicas):
                f = firms[r]
                members[r] = min(f, max(0.0, members[r] + 0.02 * (f - members[r])))
        if not reached and sum(1 for t in trust if t >= 0.5) >= replicas // 2:
            reached = month
        if month % 3 == 0 or month == months:
            reach.append(sum(members))
            statistics.fmean(income)
    return reach[-1]


def main():
    runs, replicas, months = (int(a) for a in sys.argv[1:4])
    values = []
    for i in range(runs):
        values.append(run(random.Random(i), replicas, months))
    target = replicas * 30
    met = sum(1 for v in values if v >= target) / runs
    print(f"{runs} runs in plain Python; reach in month {months} (p50): {statistics.median(values):.1f}; "
          f"P(target met) {met:.3f}")


if __name__ == "__main__":
    main()
