-- EXPLAIN ANALYZE of the SQL behind search, filters and aggregates (README "Search, filter,
-- order, aggregate"), as Hibernate sends it for positions(filter:) and positionStats (column
-- lists shortened to *, parameters inlined). Against the bench cluster loaded at 10^6 positions:
--   PARLEY_PG_PROFILE=bench PARLEY_PG_PORT=55432 .ci/postgres.sh psql -v rare="'oekraine'" \
--     -v common="'fertiliser'" -v leader="'Vadal Halelic'" \
--     <src/bench/explain-search.sql >src/bench/results/explain-search-1e6-pg.txt
\set ECHO queries
select count(*) as positions from position;
select count(*) as position_quotes from evidence where position_id is not null;
-- search, a rare word: first page in date order. Each branch of the UNION is a GIN bitmap scan.
explain (analyze, buffers, costs off)
select * from position p where 1=1 and p.retracted_at is null and p.id in (
  select s.id from position s where 1=1 and (to_tsvector('simple', s.search_text) @@ to_tsquery('simple', :rare || ':*'))
  union select e.position_id from evidence e where e.position_id is not null
    and (to_tsvector('simple', e.search_text) @@ to_tsquery('simple', :rare || ':*')))
order by p.event_date asc nulls last, p.id asc offset 0 rows fetch first 21 rows only;
-- the same search's totalCount
explain (analyze, buffers, costs off)
select count(p.id) from position p where 1=1 and p.retracted_at is null and p.id in (
  select s.id from position s where 1=1 and (to_tsvector('simple', s.search_text) @@ to_tsquery('simple', :rare || ':*'))
  union select e.position_id from evidence e where e.position_id is not null
    and (to_tsvector('simple', e.search_text) @@ to_tsquery('simple', :rare || ':*')));
-- search, a common word (about one position in twelve) plus a second word: first page
explain (analyze, buffers, costs off)
select * from position p where 1=1 and p.retracted_at is null and p.id in (
  select s.id from position s where 1=1 and (to_tsvector('simple', s.search_text) @@ to_tsquery('simple', :common || ':*'))
    and (to_tsvector('simple', s.search_text) @@ to_tsquery('simple', 'praise:*'))
  union select e.position_id from evidence e where e.position_id is not null
    and (to_tsvector('simple', e.search_text) @@ to_tsquery('simple', :common || ':*'))
    and (to_tsvector('simple', e.search_text) @@ to_tsquery('simple', 'praise:*')))
order by p.event_date desc nulls last, p.id desc offset 0 rows fetch first 21 rows only;
-- search combined with a holder (the busiest leader) and kind
explain (analyze, buffers, costs off)
select * from position p where 1=1 and p.retracted_at is null
  and p.holder_id = (select id from person where name = :leader) and p.kind = 'COMMITMENT'
  and p.id in (
  select s.id from position s where 1=1 and (to_tsvector('simple', s.search_text) @@ to_tsquery('simple', :common || ':*'))
  union select e.position_id from evidence e where e.position_id is not null
    and (to_tsvector('simple', e.search_text) @@ to_tsquery('simple', :common || ':*')))
order by p.event_date asc nulls last, p.id asc offset 0 rows fetch first 21 rows only;
-- the place filter (meetings by a word of their place) and meeting search
explain (analyze, buffers, costs off)
select * from meeting m where 1=1 and m.retracted_at is null
  and (to_tsvector('simple', m.place_text) @@ to_tsquery('simple', 'torzaburg:*'))
order by m.event_date asc nulls last, m.id asc offset 0 rows fetch first 21 rows only;
-- a filter on status, ordered by kind (keyset on (kind, id) past a cursor)
explain (analyze, buffers, costs off)
select * from position p where 1=1 and p.retracted_at is null and p.commitment_status = 'MADE'
  and p.kind >= 'COMMITMENT' and (p.kind > 'COMMITMENT' or p.id > 1000500000)
order by p.kind asc nulls last, p.id asc offset 0 rows fetch first 21 rows only;
-- positionStats(filter: {kind: COMMITMENT}, groupBy: [HOLDER, MONTH]): one grouped statement
explain (analyze, buffers, costs off)
select count(p.id), h.id, h.dataset_key, h.name, h.search_name, h.version,
  case when extract(year from p.event_date) = extract(year from p.date_end) and extract(month from p.event_date) = extract(month from p.date_end) then extract(year from p.event_date) * 100 + extract(month from p.event_date) end
from position p left join person h on h.id = p.holder_id
where 1=1 and p.retracted_at is null and p.kind = 'COMMITMENT'
group by h.id, h.dataset_key, h.name, h.search_name, h.version,
  case when extract(year from p.event_date) = extract(year from p.date_end) and extract(month from p.event_date) = extract(month from p.date_end) then extract(year from p.event_date) * 100 + extract(month from p.event_date) end
order by 1 desc, h.name nulls last, 7 nulls last offset 0 rows fetch first 101 rows only;
-- positionStats(filter: {search: rare}, groupBy: [KIND]): the search narrows before grouping
explain (analyze, buffers, costs off)
select count(p.id), p.kind from position p where 1=1 and p.retracted_at is null and p.id in (
  select s.id from position s where 1=1 and (to_tsvector('simple', s.search_text) @@ to_tsquery('simple', :rare || ':*'))
  union select e.position_id from evidence e where e.position_id is not null
    and (to_tsvector('simple', e.search_text) @@ to_tsquery('simple', :rare || ':*')))
group by p.kind order by 1 desc, p.kind nulls last offset 0 rows fetch first 101 rows only;
