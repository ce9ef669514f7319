"""Sales leads (销售线索): capture from every channel, import, routing, scoring, tracking and
conversion into customers, contacts and deals."""
