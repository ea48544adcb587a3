-- Search, filters and aggregates (README "Search, filter, order, aggregate").
-- Portable between H2 and PostgreSQL; the PostgreSQL full-text indexes are made by
-- V11 (db.migration.V11__search_index), which also fills these columns for rows
-- that existed before.

-- The searchable words of a text, computed by Parley (org.parley.core.SearchText):
-- lower case, no diacritics, words of letters and digits separated by one space.
ALTER TABLE position ADD COLUMN search_text VARCHAR(1000000);
ALTER TABLE evidence ADD COLUMN search_text VARCHAR(1000000);
ALTER TABLE meeting ADD COLUMN search_text VARCHAR(1000000);
ALTER TABLE meeting ADD COLUMN place_text VARCHAR(100000);

-- Filters a dashboard combines with date order: status, addressee.
CREATE INDEX position_status_idx ON position (commitment_status, event_date, id);
CREATE INDEX position_addressee_person_idx ON position (addressee_person_id, event_date, id);
CREATE INDEX position_addressee_organization_idx ON position (addressee_organization_id, event_date, id);
