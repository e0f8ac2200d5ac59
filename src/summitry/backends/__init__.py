"""Execution backends beyond one machine (optional dependencies, imported only when asked for)."""
