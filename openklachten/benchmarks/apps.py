from django.apps import AppConfig


class BenchmarksConfig(AppConfig):
    """The `bench_*` commands: they print numbers and never fail on them (speed goals are not tests)."""

    name = "openklachten.benchmarks"
    label = "benchmarks"
