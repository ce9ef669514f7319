"""Telling users about things: the live in-app stream now; push, email, SMS and WeChat later."""
