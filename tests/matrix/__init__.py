"""The authorisation matrix's world, harness and cases, one module per domain."""
