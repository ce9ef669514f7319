"""Database access: engine, sessions, declarative base, migrations."""
