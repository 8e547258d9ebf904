"""sync once per agency: each AR24 status step recorded once, proofs claimed before download

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 13:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

SYNC_STEP = sa.text("source = 'sync'")


def upgrade() -> None:
    # Steps that two seats recorded twice before this version: keep the first of each.
    op.execute("DELETE FROM letter_status_change WHERE source = 'sync' AND id NOT IN "
               "(SELECT MIN(id) FROM letter_status_change WHERE source = 'sync' GROUP BY letter_id, status)")
    with op.batch_alter_table('letter_status_change', schema=None) as batch_op:
        batch_op.create_index('uq_letter_status_change_sync_step', ['letter_id', 'status'], unique=True,
                              sqlite_where=SYNC_STEP, postgresql_where=SYNC_STEP)
    with op.batch_alter_table('proof', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed_by', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('claimed_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('proof', schema=None) as batch_op:
        batch_op.drop_column('claimed_at')
        batch_op.drop_column('claimed_by')
    with op.batch_alter_table('letter_status_change', schema=None) as batch_op:
        batch_op.drop_index('uq_letter_status_change_sync_step', sqlite_where=SYNC_STEP, postgresql_where=SYNC_STEP)
