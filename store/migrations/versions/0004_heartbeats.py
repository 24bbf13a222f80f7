"""Heartbeats: `intake_claims.heartbeat_at` and `runs.heartbeat_at`, renewed by the worker
while it holds a claim and while its run lives, so a claim (or a Prefect flow run) of a
worker on another host that died is freed when its heartbeat stops, not after a long
fixed timeout.

Revision ID: 0004_heartbeats
Revises: 0003_runs_and_claims
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_heartbeats"
down_revision = "0003_runs_and_claims"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("intake_claims") as table:
        table.add_column(sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("runs") as table:
        table.add_column(sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("runs") as table:
        table.drop_column("heartbeat_at")
    with op.batch_alter_table("intake_claims") as table:
        table.drop_column("heartbeat_at")
