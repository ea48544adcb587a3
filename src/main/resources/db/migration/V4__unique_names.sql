-- Hostile input and races. Portable between H2 and PostgreSQL.

-- A person's or an organization's canonical name is unique by its folded search form
-- (lower case, no diacritics, no zero-width characters). The API checks this first and
-- answers CONFLICT, but two concurrent createPerson calls both pass that check; the unique
-- index makes the database refuse the second insert, which the API also reports as CONFLICT.
CREATE UNIQUE INDEX person_search_name_uq ON person (search_name);
DROP INDEX person_search_name_idx;
CREATE UNIQUE INDEX organization_search_name_uq ON organization (search_name);
DROP INDEX organization_search_name_idx;

-- Name limits count characters (code points after NFC normalisation), not UTF-16 units or
-- bytes: a 300-character name of emoji is 600 UTF-16 units. The columns hold four units per
-- allowed character (org.parley.core.TextValidator refuses anything longer before it gets here).
ALTER TABLE person ALTER COLUMN name SET DATA TYPE VARCHAR(1200);
ALTER TABLE person ALTER COLUMN search_name SET DATA TYPE VARCHAR(1200);
ALTER TABLE organization ALTER COLUMN name SET DATA TYPE VARCHAR(1200);
ALTER TABLE organization ALTER COLUMN search_name SET DATA TYPE VARCHAR(1200);
ALTER TABLE name_alias ALTER COLUMN alias SET DATA TYPE VARCHAR(1200);
ALTER TABLE name_alias ALTER COLUMN search_name SET DATA TYPE VARCHAR(1200);
