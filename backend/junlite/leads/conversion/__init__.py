"""Converting qualified leads into customers, contacts and deals, and the conversion analytics."""
