-- Names people type (issue 15). Portable between H2 and PostgreSQL; the trigram indexes and
-- functions of fuzzy search differ per database and live in db/postgresql and db/h2 (V9).

-- A person's family name (Popolo family_name), so "Putin" finds Vladimir Putin without an
-- alias; folded like search_name.
ALTER TABLE person ADD COLUMN family_name VARCHAR(1200);
ALTER TABLE person ADD COLUMN family_search_name VARCHAR(1200);
CREATE INDEX person_family_search_name_idx ON person (family_search_name);

-- Transliteration keys (org.parley.core.Names.key: "Zelenskiy", "Zelenski" and "Zelenskyy" share
-- one), the fallback of exact lookup. Filled by the application; NULL on rows written before V8
-- until the start-up backfill (org.parley.person.NameKeys) has run.
ALTER TABLE person ADD COLUMN name_key VARCHAR(1200);
ALTER TABLE person ADD COLUMN family_key VARCHAR(1200);
ALTER TABLE organization ADD COLUMN name_key VARCHAR(1200);
ALTER TABLE name_alias ADD COLUMN name_key VARCHAR(1200);
CREATE INDEX person_name_key_idx ON person (name_key);
CREATE INDEX person_family_key_idx ON person (family_key);
CREATE INDEX organization_name_key_idx ON organization (name_key);
CREATE INDEX name_alias_name_key_idx ON name_alias (name_key);

-- External identifiers of people and organizations (Popolo identifiers: scheme + identifier),
-- e.g. scheme 'wikidata', identifier 'Q7747'. inferred: from the curator's knowledge, not from
-- an article.
CREATE TABLE external_identifier (
    id              BIGINT PRIMARY KEY,
    person_id       BIGINT REFERENCES person (id) ON DELETE CASCADE,
    organization_id BIGINT REFERENCES organization (id) ON DELETE CASCADE,
    scheme          VARCHAR(40)  NOT NULL,
    identifier      VARCHAR(200) NOT NULL,
    inferred        BOOLEAN      NOT NULL,
    CONSTRAINT external_identifier_owner CHECK ((person_id IS NULL) <> (organization_id IS NULL))
);
CREATE INDEX external_identifier_person_idx ON external_identifier (person_id);
CREATE INDEX external_identifier_organization_idx ON external_identifier (organization_id);
CREATE INDEX external_identifier_value_idx ON external_identifier (scheme, identifier);
