"""Passwords, tokens, rate limits: security primitives with no knowledge of domains."""
