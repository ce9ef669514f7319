"""The audit trail: logins, mutations, field changes, permission changes, reveals, exports and
anomalies, append-only and chained by hash per organisation."""
