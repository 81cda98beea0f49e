"""Benchmark scripts for quotekit (run them as ``python benchmarks/NAME.py``; not installed)."""
