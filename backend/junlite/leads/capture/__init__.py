"""Leads from every channel: web forms, the WeChat Official Account, signed webhooks (Weibo and
other social channels) and offline events. Each ends in `leads.service.capture_lead`."""
