"""Reproducible speed and size measurements, one script per area (python -m benchmarks.X)."""
