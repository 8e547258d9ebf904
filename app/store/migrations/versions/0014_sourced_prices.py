"""sourced default prices: a store still holding the former defaults moves to AR24's public prices

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 21:00:00.000000

The avis électronique went from 1.99 to 2.29 € HT (AR24's product page) and the LR papier from
6.90 to 6.99 € HT (seed 002, prices indicative for 2023). « Tarifs et fiscalité » saves every
price at once, so a stored value equal to the former default was never edited: it moves; a
price the agency typed (anything else) stays.
"""
from alembic import op


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

MOVES = (("price_ht.avis_syndic", "1.99", "2.29"), ("price_ht.lr_papier", "6.90", "6.99"))


def upgrade() -> None:
    for key, former, new in MOVES:
        op.execute(f"UPDATE setting SET value = '{new}' WHERE key = '{key}' AND value IN ('{former}', "
                   f"'{former.rstrip('0')}') AND EXISTS (SELECT 1 FROM setting WHERE key = 'currency' AND value = 'EUR')")


def downgrade() -> None:
    for key, former, new in MOVES:
        op.execute(f"UPDATE setting SET value = '{former}' WHERE key = '{key}' AND value = '{new}'")
