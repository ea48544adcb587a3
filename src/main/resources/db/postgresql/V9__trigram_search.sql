-- Fuzzy name search on PostgreSQL: pg_trgm's similarity() and % operator, with GIN trigram
-- indexes on every folded name column (canonical names, family names, aliases). The same
-- indexes serve the substring search (LIKE '%...%') of people(search:) and organizations(search:).
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it without
-- being a superuser; see README "PostgreSQL" for a role that may not.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX person_search_name_trgm ON person USING gin (search_name gin_trgm_ops);
CREATE INDEX person_family_search_name_trgm ON person USING gin (family_search_name gin_trgm_ops);
CREATE INDEX organization_search_name_trgm ON organization USING gin (search_name gin_trgm_ops);
CREATE INDEX name_alias_search_name_trgm ON name_alias USING gin (search_name gin_trgm_ops);
