"""Lead scoring: field and behaviour rules, decay, manual adjustment and the score history."""
