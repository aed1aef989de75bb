"""Benchmarks: the SDK measured side by side with raw aiohttp (run with ``make bench``)."""
