"""`junlite bench SCENARIO`: throughput, p50 and p99 of one API scenario against a running
server, with the SQL statements each request cost, beside a hand-written asyncpg + orjson
endpoint serving the same data (`--baseline`) in the same run.

Domains add their scenarios to `scenarios.SCENARIOS` and their baselines to `baselines.py`.
"""
