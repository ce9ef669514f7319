"""Importing leads from CSV and Excel files: reading the file (`reading`, `xlsx`), suggesting how
its columns map to lead fields (`mapping`), checking each row with the capture rules (`rows`),
writing chunk by chunk (`writing`) in a resumable job (`job`), and the error report (`report`).
"""
