-- Fuzzy name search on H2: the same similarity and threshold test as PostgreSQL's pg_trgm
-- (org.parley.core.Trigrams computes them the way pg_trgm does), as SQL functions, so both
-- databases rank alike. H2 has no trigram index: it scans the name columns.
CREATE ALIAS IF NOT EXISTS SIMILARITY FOR 'org.parley.core.Trigrams.similarity';
CREATE ALIAS IF NOT EXISTS TRGM_MATCH FOR 'org.parley.core.Trigrams.matches';
