"""Initial schema: every table of the database of record (store/tables.py).

Revision ID: 0001_initial
Revises: (none)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("packets",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("packet_id", sa.String(length=255), nullable=False),
    sa.Column("content_key", sa.String(length=64), nullable=False),
    sa.Column("program", sa.String(length=8), nullable=False),
    sa.Column("applicant_name", sa.String(length=255), nullable=False),
    sa.Column("applicant_member_id", sa.String(length=64), nullable=True),
    sa.Column("received_date", sa.Date(), nullable=False),
    sa.Column("manifest_json", sa.JSON(), nullable=False),
    sa.Column("reading_json", sa.JSON(), nullable=False),
    sa.Column("assessment_json", sa.JSON(), nullable=False),
    sa.Column("status", sa.String(length=16), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("content_key")
    )
    with op.batch_alter_table("packets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_packets_applicant_name"), ["applicant_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_packets_packet_id"), ["packet_id"], unique=False)

    op.create_table("users",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("name", sa.String(length=120), nullable=False),
    sa.Column("role", sa.String(length=16), nullable=False),
    sa.Column("password_hash", sa.String(length=255), nullable=False),
    sa.Column("active", sa.Boolean(), nullable=False),
    sa.Column("session_version", sa.Integer(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("name")
    )
    op.create_table("source_files",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("packet_id", sa.Integer(), nullable=False),
    sa.Column("path", sa.String(length=1024), nullable=False),
    sa.Column("sha256", sa.String(length=64), nullable=False),
    sa.Column("size", sa.Integer(), nullable=False),
    sa.Column("media_type", sa.String(length=64), nullable=True),
    sa.Column("problem", sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(["packet_id"], ["packets.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id")
    )
    with op.batch_alter_table("source_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_source_files_packet_id"), ["packet_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_source_files_sha256"), ["sha256"], unique=False)

    op.create_table("documents",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("packet_id", sa.Integer(), nullable=False),
    sa.Column("doc_key", sa.String(length=32), nullable=False),
    sa.Column("source_file_id", sa.Integer(), nullable=True),
    sa.Column("pages_json", sa.JSON(), nullable=False),
    sa.Column("kind", sa.String(length=32), nullable=False),
    sa.Column("kind_confidence", sa.Float(), nullable=False),
    sa.Column("text_source", sa.String(length=16), nullable=True),
    sa.Column("routed_reasons_json", sa.JSON(), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["packet_id"], ["packets.id"], ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["source_file_id"], ["source_files.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id")
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_packet_id"), ["packet_id"], unique=False)

    op.create_table("pages",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("source_file_id", sa.Integer(), nullable=False),
    sa.Column("number", sa.Integer(), nullable=False),
    sa.Column("width", sa.Float(), nullable=True),
    sa.Column("height", sa.Float(), nullable=True),
    sa.Column("text_source", sa.String(length=16), nullable=True),
    sa.Column("rotation", sa.Integer(), nullable=False),
    sa.Column("text", sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(["source_file_id"], ["source_files.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("source_file_id", "number")
    )
    with op.batch_alter_table("pages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pages_source_file_id"), ["source_file_id"], unique=False)

    op.create_table("audit_events",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("packet_id", sa.Integer(), nullable=True),
    sa.Column("document_id", sa.Integer(), nullable=True),
    sa.Column("user_id", sa.Integer(), nullable=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("action", sa.String(length=48), nullable=False),
    sa.Column("target", sa.String(length=255), nullable=False),
    sa.Column("before_json", sa.JSON(), nullable=True),
    sa.Column("after_json", sa.JSON(), nullable=True),
    sa.Column("reason", sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="SET NULL"),
    sa.ForeignKeyConstraint(["packet_id"], ["packets.id"], ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["user_id"], ["users.id"], ),
    sa.PrimaryKeyConstraint("id")
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_packet_at", ["packet_id", "at"], unique=False)

    op.create_table("fields",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("document_id", sa.Integer(), nullable=False),
    sa.Column("name", sa.String(length=64), nullable=False),
    sa.Column("value_json", sa.JSON(), nullable=True),
    sa.Column("confidence", sa.Float(), nullable=False),
    sa.Column("page", sa.Integer(), nullable=True),
    sa.Column("bbox_json", sa.JSON(), nullable=True),
    sa.Column("origin", sa.String(length=16), nullable=False),
    sa.Column("confirmed_by", sa.Integer(), nullable=True),
    sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("reread_value_json", sa.JSON(), nullable=True),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["confirmed_by"], ["users.id"], ),
    sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("document_id", "name")
    )
    with op.batch_alter_table("fields", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fields_document_id"), ["document_id"], unique=False)

    op.create_table("flags",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("document_id", sa.Integer(), nullable=False),
    sa.Column("code", sa.String(length=32), nullable=False),
    sa.Column("severity", sa.String(length=16), nullable=False),
    sa.Column("message", sa.Text(), nullable=False),
    sa.Column("decision", sa.String(length=16), nullable=True),
    sa.Column("note", sa.Text(), nullable=True),
    sa.Column("decided_by", sa.Integer(), nullable=True),
    sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["decided_by"], ["users.id"], ),
    sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id")
    )
    with op.batch_alter_table("flags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_flags_document_id"), ["document_id"], unique=False)

    op.create_table("proposals",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("packet_id", sa.Integer(), nullable=False),
    sa.Column("document_id", sa.Integer(), nullable=True),
    sa.Column("doc_key", sa.String(length=64), nullable=False),
    sa.Column("category", sa.String(length=48), nullable=False),
    sa.Column("points", sa.Float(), nullable=True),
    sa.Column("rule", sa.String(length=128), nullable=False),
    sa.Column("explanation", sa.Text(), nullable=False),
    sa.Column("citation", sa.Text(), nullable=False),
    sa.Column("trace_json", sa.JSON(), nullable=False),
    sa.Column("status", sa.String(length=16), nullable=False),
    sa.Column("adjusted_points", sa.Float(), nullable=True),
    sa.Column("reason", sa.Text(), nullable=True),
    sa.Column("decided_by", sa.Integer(), nullable=True),
    sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["decided_by"], ["users.id"], ),
    sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["packet_id"], ["packets.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id")
    )
    with op.batch_alter_table("proposals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_proposals_packet_id"), ["packet_id"], unique=False)



def downgrade() -> None:
    with op.batch_alter_table("proposals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposals_packet_id"))

    op.drop_table("proposals")
    with op.batch_alter_table("flags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_flags_document_id"))

    op.drop_table("flags")
    with op.batch_alter_table("fields", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fields_document_id"))

    op.drop_table("fields")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_packet_at")

    op.drop_table("audit_events")
    with op.batch_alter_table("pages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pages_source_file_id"))

    op.drop_table("pages")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_packet_id"))

    op.drop_table("documents")
    with op.batch_alter_table("source_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_files_sha256"))
        batch_op.drop_index(batch_op.f("ix_source_files_packet_id"))

    op.drop_table("source_files")
    op.drop_table("users")
    with op.batch_alter_table("packets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_packets_packet_id"))
        batch_op.drop_index(batch_op.f("ix_packets_applicant_name"))

    op.drop_table("packets")
