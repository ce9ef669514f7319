"""Providers, one module each. They take plain values and return plain values: no domain
knowledge, no database. Each kind of provider has a Protocol in its `base.py` and a `console`
implementation that records what it would send (the default in development and tests)."""
