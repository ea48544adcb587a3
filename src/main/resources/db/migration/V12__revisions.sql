-- One origin per fact, and its history (issue 15). Portable between H2 and PostgreSQL.

-- The audit log becomes the revision log: a dataset load writes entries too
-- (actor 'dataset:<file>'), each says why, and each lists the fields it changed.
ALTER TABLE audit_entry ADD COLUMN origin VARCHAR(10) DEFAULT 'API' NOT NULL;
ALTER TABLE audit_entry ADD COLUMN reason VARCHAR(2000);
CREATE TABLE audit_field_change (
    id              BIGINT PRIMARY KEY,
    entry_id        BIGINT        NOT NULL REFERENCES audit_entry (id),
    field           VARCHAR(60)   NOT NULL,
    before_value    VARCHAR(20000),
    after_value     VARCHAR(20000)
);
CREATE INDEX audit_field_change_entry_idx ON audit_field_change (entry_id, id);

-- The value each dataset-managed field had in the file at the last load (the
-- base of the three-way merge a reload does), as a JSON object per record.
CREATE TABLE dataset_base (
    id              BIGINT PRIMARY KEY,
    subject_type    VARCHAR(40)    NOT NULL,
    dataset_key     VARCHAR(120)   NOT NULL,
    file            VARCHAR(300)   NOT NULL,
    field_values    VARCHAR(200000) NOT NULL,
    CONSTRAINT dataset_base_once UNIQUE (subject_type, dataset_key)
);

-- A field the file changed after a curator had changed it through the API:
-- the curator's value was kept; this row shows both for a curator to settle.
CREATE TABLE dataset_conflict (
    id              BIGINT PRIMARY KEY,
    subject_type    VARCHAR(40)    NOT NULL,
    subject_id      BIGINT         NOT NULL,
    dataset_key     VARCHAR(120)   NOT NULL,
    file            VARCHAR(300)   NOT NULL,
    field           VARCHAR(60)    NOT NULL,
    file_value      VARCHAR(20000),
    current_value   VARCHAR(20000),
    detected_at     TIMESTAMP      NOT NULL
);
CREATE INDEX dataset_conflict_subject_idx ON dataset_conflict (subject_type, subject_id);
