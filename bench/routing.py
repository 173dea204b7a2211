"""5. Routing throughput: requests routed per second by `nestgen route`'s router (the Jinja
macro of blueprints/router.jinja), 1,000 varied requests per fresh process, against the naive
keyword baseline of bench/bench_router.py in the same rounds."""

from __future__ import annotations

import statistics

from bench import bench_router


def run_routing(rounds: int) -> dict:
    results = bench_router.measure(rounds)
    router, baseline = results["router"], results["baseline"]
    return {
        "requests": bench_router.REQUESTS,
        "router_inner": statistics.median(router["inner"]),
        "baseline_inner": statistics.median(baseline["inner"]),
        "router_wall": statistics.median(router["wall"]),
        "baseline_wall": statistics.median(baseline["wall"]),
        "startup_wall": statistics.median(results["startup"]["wall"]),
        "rounds": rounds,
    }
