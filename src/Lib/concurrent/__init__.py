"""Packages for concurrent execution (concurrent.futures)."""
