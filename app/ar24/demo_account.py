"""The local AR24 service's demo account, known without starting the service: the demo agency
is seeded linked to it (app/demo/seed.py) while the service starts only when first needed."""
from __future__ import annotations

DEMO_ACCOUNT_ID = 50001     # the first of the service's user ids (store.FIRST_IDS), given at its first start
DEMO_EMAIL = "demo@agence-exemple.fr"
DEMO_PROFILE = {
    "firstname": "Camille",
    "lastname": "Martin",
    "gender": "F",
    "statut": "professionnel",
    "company": "Agence Exemple Immobilier",
    "company_siret": "12345678900017",
    "address1": "12 rue de la République",  # i18n: data
    "zipcode": "69002",
    "city": "Lyon",
    "country": "FR",
}
# What the app keeps of the account once linked (app/accounts/link.py refresh_link).
DEMO_ACCOUNT_NAME = f"{DEMO_PROFILE['firstname']} {DEMO_PROFILE['lastname']} - {DEMO_PROFILE['company']}"
