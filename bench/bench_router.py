"""Benchmark: route 1,000 varied requests in a fresh process, against a naive keyword baseline.

Run from the repository root:

    .venv/bin/python bench/bench_router.py              # 7 repeats
    .venv/bin/python bench/bench_router.py --repeat 15

Each repeat starts fresh Python processes and times them whole (interpreter start, imports,
loading the routing table, routing):

  router    generator.router.route() on every request: the Jinja macro of
            blueprints/router.jinja, as the CLI runs it
  baseline  the same keyword lists (read from the routing.yml files) checked with
            str.lower() and `in`, the cheapest matcher imaginable (no scoring, no rules)
  startup   `python -c pass`, the floor under both

It prints the medians, the router/baseline ratio of whole-process times, and each child's own
in-process time for the 1,000 requests alone. Nothing is asserted: this is a measurement.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
REQUESTS = 1000

# Fragments the synthetic requests are built from, in both languages.
SUBJECTS = [
    "Redis 캐시",
    "TTL 설정",
    "분산 락",
    "세션 스토어",
    "rate limiting",
    "cache invalidation",
    "BullMQ 큐",
    "백그라운드 작업",
    "재시도와 백오프",
    "dead letter queue",
    "cron job",
    "지연 작업",
    "TypeORM 엔티티",
    "다대다 관계",
    "마이그레이션",
    "query builder",
    "N+1 문제",
    "connection pool",
    "CQRS",
    "이벤트 소싱",
    "saga with compensation",
    "read model projection",
    "커맨드 핸들러",
    "gRPC 서비스",
    "Kafka 토픽",
    "NATS pub/sub",
    "API 게이트웨이",
    "service discovery with Consul",
    "단위 테스트",
    "e2e tests",
    "coverage gate",
    "mock the repository",
    "백엔드 구조",
    "Express → NestJS",
    "overall performance",
    "JWT 로그인",
    "회원가입",
    "README 정리",
    "health check",
    "로그 포맷",
    "CORS 설정",
    "file upload",
]
JOINERS = [" ", "와 ", " and ", ", ", " 그리고 ", " together with ", " 및 "]
ENDINGS = ["", " 설정", " 구현해줘", " 추가", " for orders", " please", " 함께 설정", " 최적화"]


def requests(count: int = REQUESTS) -> list[str]:
    """count varied requests: the routing cases first, then seeded combinations of fragments."""
    import yaml

    texts: list[str] = []
    for name in ("router-cases.yaml", "router-extra.yaml"):
        path = REPO_ROOT / "tests" / "data" / name
        if path.exists():
            texts += [case["text"] for case in yaml.safe_load(path.read_text(encoding="utf-8"))]
    rng = random.Random(20240611)
    while len(texts) < count:
        parts = rng.sample(SUBJECTS, rng.randint(1, 3))
        text = parts[0]
        for part in parts[1:]:
            text += rng.choice(JOINERS) + part
        texts.append(text + rng.choice(ENDINGS))
    return texts[:count]


def _keyword_lists() -> list[list[str]]:
    """Every expert's terms, flattened, as the baseline matches them."""
    import yaml

    # The routed experts, as the router reads them: blueprints/index.yml registry.routed.
    index = yaml.safe_load((REPO_ROOT / "blueprints" / "index.yml").read_text("utf-8"))
    lists = []
    for expert in index["registry"]["routed"]:
        data = yaml.safe_load(
            (REPO_ROOT / "blueprints" / expert / "routing.yml").read_text("utf-8")
        )
        terms = []
        for entries in data.get("keywords", {}).values():
            for entry in entries:
                terms += [str(t).lower() for t in (entry if isinstance(entry, list) else [entry])]
        for rule in data.get("context", []):
            terms += [str(t).lower() for t in rule["terms"]]
        lists.append(terms)
    return lists


def run_router(texts: list[str]) -> float:
    sys.path.insert(0, str(REPO_ROOT))
    from generator.router import route

    route("warm up: load and compile the routing table")
    started = time.perf_counter()
    for text in texts:
        route(text)
    return time.perf_counter() - started


def run_baseline(texts: list[str]) -> float:
    lists = _keyword_lists()
    started = time.perf_counter()
    for text in texts:
        lowered = text.lower()
        [[term for term in terms if term in lowered] for terms in lists]
    return time.perf_counter() - started


def child(kind: str) -> None:
    texts = requests()
    seconds = run_router(texts) if kind == "router" else run_baseline(texts)
    print(f"{seconds:.6f}")


def _timed_process(argv: list[str]) -> tuple[float, float | None]:
    started = time.perf_counter()
    output = subprocess.run(argv, check=True, capture_output=True, text=True, cwd=REPO_ROOT).stdout
    wall = time.perf_counter() - started
    return wall, (float(output) if output.strip() else None)


def measure(repeat: int) -> dict[str, dict[str, list[float]]]:
    commands = {
        "router": [sys.executable, __file__, "--child", "router"],
        "baseline": [sys.executable, __file__, "--child", "baseline"],
        "startup": [sys.executable, "-c", "pass"],
    }
    results: dict[str, dict[str, list[float]]] = {k: {"wall": [], "inner": []} for k in commands}
    for _ in range(repeat):
        for kind, argv in commands.items():
            wall, inner = _timed_process(argv)
            results[kind]["wall"].append(wall)
            if inner is not None:
                results[kind]["inner"].append(inner)
    return results


def report(results: dict[str, dict[str, list[float]]], repeat: int) -> str:
    median = {kind: statistics.median(r["wall"]) for kind, r in results.items()}
    lines = [f"{REQUESTS} requests per process, {repeat} repeats, medians (seconds)", ""]
    lines.append(f"{'':<10}{'whole process':>15}{'routing only':>15}")
    for kind, timings in results.items():
        inner = f"{statistics.median(timings['inner']):.3f}" if timings["inner"] else "-"
        lines.append(f"{kind:<10}{median[kind]:>15.3f}{inner:>15}")
    ratio = median["router"] / median["baseline"]
    lines += ["", f"router / baseline (whole process): {ratio:.2f}x"]
    inner_ratio = statistics.median(results["router"]["inner"]) / statistics.median(
        results["baseline"]["inner"]
    )
    lines.append(f"router / baseline (routing only):  {inner_ratio:.0f}x")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--child", choices=["router", "baseline"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    print(report(measure(args.repeat), args.repeat))


if __name__ == "__main__":
    main()
