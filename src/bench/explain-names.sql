-- EXPLAIN of name lookup and fuzzy name search on PostgreSQL, at 100,000 people with an alias
-- each (added in a transaction that is rolled back, so any Parley database will do, e.g. the
-- one .ci/postgres.sh makes once the app has migrated it):
--   PARLEY_PG_PORT=55464 .ci/postgres.sh psql <src/bench/explain-names.sql
-- The statements are those Hibernate sends (column lists shortened to *), with 'putin' bound.
\set ECHO queries
begin;
insert into person (id, name, search_name, name_key, family_name, family_search_name, family_key, version)
select 1000000000 + g, 'Person ' || g || ' Family' || g, 'person ' || g || ' family' || g, 'person ' || g || ' famili' || g,
       'Family' || g, 'family' || g, 'famili' || g, 0
from generate_series(1, 100000) g;
insert into name_alias (id, person_id, alias, search_name, name_key)
select 2000000000 + g, 1000000000 + g, 'P. ' || g, 'p. ' || g, 'p ' || g from generate_series(1, 100000) g;
analyze person;
analyze name_alias;
-- person(name: "Putin"): canonical, family name or alias, exactly (one statement)
explain (costs off)
select * from person p1_0 where p1_0.id in (
  (select p2_0.id from person p2_0 where p2_0.search_name = 'putin')
  union (select p3_0.id from person p3_0 where p3_0.family_search_name = 'putin')
  union (select na1_0.person_id from name_alias na1_0 where na1_0.search_name = 'putin'))
order by p1_0.name, p1_0.id;
-- the transliteration fallback ("Zelenski"), only when nothing matched exactly
explain (costs off)
select * from person p1_0 where p1_0.id in (
  (select p2_0.id from person p2_0 where p2_0.name_key = 'selenski')
  union (select p3_0.id from person p3_0 where p3_0.family_key = 'selenski')
  union (select na1_0.person_id from name_alias na1_0 where na1_0.name_key = 'selenski'))
order by p1_0.name, p1_0.id;
-- people(search: "Zelenksy"): pg_trgm's % and LIKE over the GIN trigram indexes
explain (costs off)
select p.id, m.score, p.search_name from (select u.owner_id, max(u.score) as score from (
  select x.id as owner_id, similarity(x.search_name, 'zelenksy') as score from person x
   where x.search_name % 'zelenksy' or x.search_name like '%zelenksy%' escape '\'
  union all select x.id as owner_id, similarity(x.family_search_name, 'zelenksy') as score from person x
   where x.family_search_name % 'zelenksy' or x.family_search_name like '%zelenksy%' escape '\'
  union all select a.person_id, similarity(a.search_name, 'zelenksy') from name_alias a
   where a.person_id is not null and (a.search_name % 'zelenksy' or a.search_name like '%zelenksy%' escape '\')
  ) u group by u.owner_id) m join person p on p.id = m.owner_id where 1 = 1
order by m.score desc, p.search_name, p.id fetch first 21 rows only;
rollback;
