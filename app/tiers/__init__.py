"""Third parties ("tiers"): editing a record (edit.py). Their consents are in ``app.consent``."""
