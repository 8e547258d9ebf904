"""Imports of an agency's own data (plain Python, no Qt): files read and checked here, written
through ``app/services/imports.py`` by the wizard and by ``main.py import-tiers`` alike."""
