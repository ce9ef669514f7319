"""JunLite CRM 6."""

__version__ = "6.0.0.dev0"
