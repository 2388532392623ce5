"""Validation of every object in ``dist/``: schemas and hygiene rules."""
