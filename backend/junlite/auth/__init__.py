"""Organisations, users, teams, roles and permission policies; sign-in and sessions."""
