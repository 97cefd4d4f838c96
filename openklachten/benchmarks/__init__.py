"""Benchmarks: one `bench_*` command per component, in one place; each prints numbers and never fails on them."""
