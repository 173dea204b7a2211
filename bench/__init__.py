"""nestgen's benchmarks: whole-process timings, medians, ratios measured side by side.

    .venv/bin/python -m bench run [generation upgrade green routing] [--rounds N]

writes docs/benchmarks.md (results and the commands that reproduce them), docs/benchmarks.json
(every sample) and docs/benchmarks.png. See bench/__main__.py.
"""
