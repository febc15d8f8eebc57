"""Fictional case bundles for demos, tests and benchmarks (see README.md)."""
