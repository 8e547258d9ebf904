"""proof attempts: each proof keeps how many downloads failed, the last reason and when

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30 21:30:00.000000

A proof link that answers badly (500, a web page, another host…) is not archived; the sync goes
on with the other letters and asks for it again at later syncs, once a day after many failures.
"""
from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('proof', schema=None) as batch_op:
        batch_op.add_column(sa.Column('attempts', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('last_error', sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column('failed_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('proof', schema=None) as batch_op:
        batch_op.drop_column('failed_at')
        batch_op.drop_column('last_error')
        batch_op.drop_column('attempts')
