-- A meeting read as it stood at a past time (meetings(asOf:), node(id:, asOf:)) lists the
-- participants it had then. Portable between H2 and PostgreSQL.

-- When the participant was added, UTC; null for rows older than this column (there all along).
ALTER TABLE attendance ADD COLUMN added_at TIMESTAMP;

-- Participants taken off a meeting (removeParticipant, or a dataset reload), kept with the time of
-- their removal. No references to people or organizations: a removed participant must never stop
-- a person or an organization from being removed in turn.
CREATE TABLE attendance_removed (
    id              BIGINT PRIMARY KEY,
    meeting_id      BIGINT       NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id       BIGINT,
    organization_id BIGINT,
    role            VARCHAR(20)  NOT NULL,
    added_at        TIMESTAMP,
    removed_at      TIMESTAMP    NOT NULL
);
CREATE INDEX attendance_removed_meeting_idx ON attendance_removed (meeting_id);
