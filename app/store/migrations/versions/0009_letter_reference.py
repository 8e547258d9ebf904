"""letter reference: the readable "LSE260414-000006" sent to AR24 in ref_dossier; the letters
list's "my letters, newest first" index

Revision ID: 0009
Revises: 0008
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('registered_letter') as batch:
        batch.add_column(sa.Column('reference', sa.String(length=40), server_default='', nullable=False))
        batch.create_index(batch.f('ix_registered_letter_reference'), ['reference'])
        batch.create_index('ix_registered_letter_user_created', ['user_id', 'created_at'])


def downgrade() -> None:
    with op.batch_alter_table('registered_letter') as batch:
        batch.drop_index('ix_registered_letter_user_created')
        batch.drop_index(batch.f('ix_registered_letter_reference'))
        batch.drop_column('reference')
