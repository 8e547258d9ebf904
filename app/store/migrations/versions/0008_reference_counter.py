"""letter references: daily counters per prefix

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('reference_counter',
    sa.Column('prefix_day', sa.String(length=16), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('prefix_day', name=op.f('pk_reference_counter'))
    )


def downgrade() -> None:
    op.drop_table('reference_counter')
