"""Measuring extraction against gold labels in the evaluation spec format."""
