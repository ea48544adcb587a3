-- Whose words a position is in (SAID by its holder, REPORTED or ASSESSED by the
-- article), and the meeting a position reacts to when it was taken afterwards,
-- away from it (a reaction to the Oval Office clash is not taken at it).
-- Portable between H2 and PostgreSQL.
ALTER TABLE position ADD COLUMN attribution VARCHAR(20);
ALTER TABLE position ADD COLUMN reacts_to_meeting_id BIGINT REFERENCES meeting (id);
CREATE INDEX position_reacts_to_meeting_idx ON position (reacts_to_meeting_id);
