"""Behaviour events (browse, purchase, communication, campaign) and the customer profile."""
