"""Customers: the first business object, and the pattern every later one follows."""
