"""outbox: frozen AR24 request and start time of the last post of each letter

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-24 10:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('registered_letter') as batch:
        batch.add_column(sa.Column('ar24_request', sa.Text(), nullable=False, server_default=''))
        batch.add_column(sa.Column('post_started_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('registered_letter') as batch:
        batch.drop_column('post_started_at')
        batch.drop_column('ar24_request')
