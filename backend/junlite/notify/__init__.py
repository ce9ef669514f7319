"""Telling users about things: the outbox (outbox.py) that other domains write to, the
dispatcher and worker that deliver it in-app, by push, email, SMS and WeCom, the inbox, devices
and preferences."""
