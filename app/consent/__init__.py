"""LRE consent: the legal models (rules.py) and the changes made to a tiers' consent (changes.py)."""
