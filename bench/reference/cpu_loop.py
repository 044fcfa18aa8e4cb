"""The CPU loop the docs use to show multiprocessing and the GIL.

    python3 cpu_loop.py --calibrate MS
        prints {"iterations_per_ms": ...}: how many countdown iterations run in a
        millisecond on one core here (median of 2 ms batches over MS ms).
    python3 cpu_loop.py --way processes|threads --tasks K --iterations N
        runs K countdowns of N iterations one after another, then K at once (in K
        processes of a multiprocessing pool, or in K threads), and prints
        {"sequential_s", "parallel_s", "speedup"} timed inside this script.
"""

import argparse
import json
import statistics
import threading
import time
from multiprocessing import Pool


def countdown(n):
    """The docs' CPU-bound loop."""
    while n > 0:
        n -= 1
    return n


def calibrate(budget_ms):
    began = time.perf_counter()
    batch = 20_000
    while (time.perf_counter() - began) * 1000 < budget_ms / 5:  # warm-up
        countdown(batch)
    rates = []
    while (time.perf_counter() - began) * 1000 < budget_ms:
        start = time.perf_counter()
        done = 0
        while (time.perf_counter() - start) * 1000 < 2:
            countdown(batch)
            done += batch
        rates.append(done / ((time.perf_counter() - start) * 1000))
    return statistics.median(rates)


def sequential(tasks, iterations):
    start = time.perf_counter()
    for _ in range(tasks):
        countdown(iterations)
    return time.perf_counter() - start


def in_processes(tasks, iterations):
    start = time.perf_counter()
    with Pool(tasks) as pool:
        pool.map(countdown, [iterations] * tasks)
    return time.perf_counter() - start


def in_threads(tasks, iterations):
    start = time.perf_counter()
    threads = [threading.Thread(target=countdown, args=(iterations,)) for _ in range(tasks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--calibrate", type=float)
    parser.add_argument("--way", choices=["processes", "threads"])
    parser.add_argument("--tasks", type=int, default=2)
    parser.add_argument("--iterations", type=int, default=10_000_000)
    args = parser.parse_args()
    if args.calibrate:
        print(json.dumps({"iterations_per_ms": calibrate(args.calibrate)}))
        return
    one_after_another = sequential(args.tasks, args.iterations)
    at_once = (in_processes if args.way == "processes" else in_threads)(args.tasks, args.iterations)
    print(
        json.dumps(
            {
                "sequential_s": one_after_another,
                "parallel_s": at_once,
                "speedup": one_after_another / at_once,
            }
        )
    )


if __name__ == "__main__":
    main()
