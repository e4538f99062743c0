"""Benchmarks (the scripts beside this file) and `manage.py bench_data`, which fills a database fast."""
