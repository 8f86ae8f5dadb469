"""Benchmarks: accuracy against TimeML gold corpora and speed/memory of the date tagger."""
