"""an agency's own data: archived entities and tiers, the tiers' lot, consent evidence from imports

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 20:30:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('entity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('archived_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('tiers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lot', sa.String(length=40), server_default='', nullable=False))
        batch_op.add_column(sa.Column('archived_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('consent_change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_file', sa.String(length=255), server_default='', nullable=False))
        batch_op.add_column(sa.Column('source_sha256', sa.String(length=64), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('consent_change', schema=None) as batch_op:
        batch_op.drop_column('source_sha256')
        batch_op.drop_column('source_file')
    with op.batch_alter_table('tiers', schema=None) as batch_op:
        batch_op.drop_column('archived_at')
        batch_op.drop_column('lot')
    with op.batch_alter_table('entity', schema=None) as batch_op:
        batch_op.drop_column('archived_at')
