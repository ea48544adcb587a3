-- Applied by src/bench/peer.sh (as the superuser, after loading; not a Flyway migration).
-- The schema `peer` holds what PostGraphile needs besides Parley's tables, so Parley's own
-- schema stays as Flyway made it.
--
-- commitments_on(leader, day): the fair equivalent of Parley's root field
-- commitments(leader: String!, on: Date!): the leader's COMMITMENT positions known to the
-- DAY on that day, not retracted, in id order. The leader is matched like Parley's
-- NameResolver: canonical name or any alias, folded (NFKD, combining marks removed, lower
-- case, single spaces) and compared with the stored search_name columns. Where Parley
-- reports an unknown or ambiguous name as an error, this returns the commitments of every
-- matching person (none for an unknown one); the benchmark only asks for known, unique names.
-- PostGraphile exposes it as the root field commitmentsOn(leader:, day:), a plain list.
CREATE SCHEMA IF NOT EXISTS peer;
GRANT USAGE ON SCHEMA peer TO parley;

CREATE OR REPLACE FUNCTION peer.fold(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(
           lower(btrim(regexp_replace(normalize(name, NFKD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g'))),
           '\s+', ' ', 'g')
$$;
COMMENT ON FUNCTION peer.fold(text) IS E'@behavior -queryField';

CREATE OR REPLACE FUNCTION peer.commitments_on(leader text, day date) RETURNS SETOF public.position
LANGUAGE sql STABLE STRICT AS $$
  SELECT p.* FROM public.position p
   WHERE p.holder_id IN (SELECT h.id FROM public.person h WHERE h.search_name = peer.fold(leader)
                         UNION SELECT a.person_id FROM public.name_alias a
                                WHERE a.search_name = peer.fold(leader) AND a.person_id IS NOT NULL)
     AND p.kind = 'COMMITMENT' AND p.event_date = day AND p.date_precision = 'DAY'
     AND p.retracted_at IS NULL
   ORDER BY p.id
$$;
COMMENT ON FUNCTION peer.commitments_on(text, date) IS E'@behavior -connection +list\nThe fair equivalent of Parley''s commitments(leader, on).';
