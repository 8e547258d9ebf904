"""one letter on its way or delivered per event, whatever its type (an event is paid once)

The unique index of 0001 allowed one live letter per event *and type*, and kept a failed AR24
letter (refused, not claimed, bounced) live, so a paper letter after a refused LRE was blocked
while a second paid type was not. It now holds one letter per event that is on its way or
delivered; a deliberate second send carries its reason and stays outside.

Stores that already hold two such letters for one event keep them all: the later ones are
marked as sent before this rule, so the index can be built without touching any letter.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 21:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

OLD_LIVE = sa.text("(outbox_state NOT IN ('failed', 'cancelled'))")
NEW_LIVE = sa.text("outbox_state NOT IN ('failed', 'cancelled') AND ar24_status NOT IN "
                   "('refused', 'negligence', 'bounced', 'error', 'not_valided') AND resend_reason = ''")
BEFORE_RULE = "Envoi antérieur à la règle d'un seul envoi par événement (migration 0011)"


def upgrade() -> None:
    with op.batch_alter_table('registered_letter', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resend_reason', sa.Text(), server_default='', nullable=False))
        batch_op.drop_index('uq_registered_letter_live_event', sqlite_where=OLD_LIVE, postgresql_where=OLD_LIVE)
    live = NEW_LIVE.text
    op.execute(sa.text(
        f"UPDATE registered_letter SET resend_reason = :reason WHERE {live} AND event_id IS NOT NULL AND id NOT IN "
        f"(SELECT MIN(id) FROM registered_letter WHERE {live} AND event_id IS NOT NULL GROUP BY event_id)")
        .bindparams(reason=BEFORE_RULE))
    with op.batch_alter_table('registered_letter', schema=None) as batch_op:
        batch_op.create_index('uq_registered_letter_live_event', ['event_id'], unique=True,
                              sqlite_where=NEW_LIVE, postgresql_where=NEW_LIVE)


def downgrade() -> None:
    with op.batch_alter_table('registered_letter', schema=None) as batch_op:
        batch_op.drop_index('uq_registered_letter_live_event', sqlite_where=NEW_LIVE, postgresql_where=NEW_LIVE)
        batch_op.drop_column('resend_reason')
        batch_op.create_index('uq_registered_letter_live_event', ['event_id', 'send_type'], unique=True,
                              sqlite_where=OLD_LIVE, postgresql_where=OLD_LIVE)
