"""Sales: pipelines and opportunities, products and price lists, orders and payments."""
