-- Curation through the API: retractions, the status history of commitments,
-- links between positions, and an audit log of every change.
-- Portable between H2 and PostgreSQL.

-- A retracted fact stays in the database (its ID keeps resolving) but is
-- hidden from lists unless a client asks for retracted records.
ALTER TABLE position ADD COLUMN retracted_at TIMESTAMP;
ALTER TABLE position ADD COLUMN retraction_reason VARCHAR(2000);
ALTER TABLE meeting ADD COLUMN retracted_at TIMESTAMP;
ALTER TABLE meeting ADD COLUMN retraction_reason VARCHAR(2000);
ALTER TABLE office ADD COLUMN retracted_at TIMESTAMP;
ALTER TABLE office ADD COLUMN retraction_reason VARCHAR(2000);
CREATE INDEX position_retracted_idx ON position (retracted_at);

-- Every change of a commitment's status (MADE -> KEPT ...), dated, with the
-- evidence that reports it (evidence.status_change_id).
CREATE TABLE commitment_status_change (
    id              BIGINT PRIMARY KEY,
    position_id     BIGINT       NOT NULL REFERENCES position (id),
    from_status     VARCHAR(20),
    to_status       VARCHAR(20)  NOT NULL,
    event_date      DATE         NOT NULL,
    date_end        DATE         NOT NULL,
    date_precision  VARCHAR(8)   NOT NULL,
    date_basis      VARCHAR(32)  NOT NULL,
    date_note       VARCHAR(1000),
    changed_by      VARCHAR(300) NOT NULL,
    changed_at      TIMESTAMP    NOT NULL
);
CREATE INDEX commitment_status_change_position_idx ON commitment_status_change (position_id, id);

ALTER TABLE evidence ADD COLUMN status_change_id BIGINT REFERENCES commitment_status_change (id);
CREATE INDEX evidence_status_change_idx ON evidence (status_change_id);
ALTER TABLE evidence DROP CONSTRAINT evidence_one_subject;
ALTER TABLE evidence ADD CONSTRAINT evidence_one_subject CHECK (
    (CASE WHEN meeting_id IS NULL THEN 0 ELSE 1 END)
  + (CASE WHEN attendance_id IS NULL THEN 0 ELSE 1 END)
  + (CASE WHEN office_id IS NULL THEN 0 ELSE 1 END)
  + (CASE WHEN position_id IS NULL THEN 0 ELSE 1 END)
  + (CASE WHEN status_change_id IS NULL THEN 0 ELSE 1 END) = 1);

-- A later position that supersedes or reverses an earlier one.
CREATE TABLE position_link (
    id              BIGINT PRIMARY KEY,
    later_id        BIGINT       NOT NULL REFERENCES position (id),
    earlier_id      BIGINT       NOT NULL REFERENCES position (id),
    kind            VARCHAR(20)  NOT NULL,
    created_by      VARCHAR(300) NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    CONSTRAINT position_link_distinct CHECK (later_id <> earlier_id),
    CONSTRAINT position_link_once UNIQUE (later_id, earlier_id)
);

-- Who changed what, when: one row per mutation that changed something.
CREATE TABLE audit_entry (
    id              BIGINT PRIMARY KEY,
    actor           VARCHAR(300) NOT NULL,
    action          VARCHAR(60)  NOT NULL,
    subject_type    VARCHAR(40)  NOT NULL,
    subject_id      BIGINT       NOT NULL,
    detail          VARCHAR(4000),
    changed_at      TIMESTAMP    NOT NULL
);
CREATE INDEX audit_entry_subject_idx ON audit_entry (subject_type, subject_id);
