"""Documents' evidence key (kind, title, dates, hours; normalized), indexed: a document's
earlier credit in another packet of the applicant is one indexed lookup (DUPLICATE
"Credited before", docs/store.md).

Revision ID: 0002_evidence_key
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_evidence_key"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("evidence_key", sa.String(length=512), nullable=True))
        batch_op.create_index(batch_op.f("ix_documents_evidence_key"), ["evidence_key"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_evidence_key"))
        batch_op.drop_column("evidence_key")
