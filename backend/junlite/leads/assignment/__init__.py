"""Routing new leads to their owners: rules, round robin, load balancing, absences, manual moves."""
