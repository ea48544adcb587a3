-- EXPLAIN ANALYZE of the SQL behind the slow benchmark operations, as Hibernate sends it
-- (column lists shortened to *). Run against the bench cluster (src/bench/run.sh leaves it running):
--   PARLEY_PG_PROFILE=bench PARLEY_PG_PORT=55432 .ci/postgres.sh psql -v leader="'Name'" \
--     -v from="'2016-01-01'" -v to="'2016-01-31'" -v d="'2024-12-29'" -v id=1001732399 \
--     <src/bench/explain.sql >src/bench/results/explain-1e6-pg.txt
\set ECHO queries
-- deep_page: keyset condition as generated today (OR ... IS NULL defeats the index range)
explain (analyze, buffers, costs off)
select * from position p where 1=1 and (p.event_date > :d or (p.event_date = :d and p.id > :id) or p.event_date is null)
order by p.event_date asc nulls last, p.id asc offset 0 rows fetch first 21 rows only;
-- deep_page: the same rows with a seekable condition (event_date is NOT NULL for positions)
explain (analyze, buffers, costs off)
select * from position p where p.event_date >= :d and (p.event_date > :d or p.id > :id)
order by p.event_date asc nulls last, p.id asc offset 0 rows fetch first 21 rows only;
-- deep_page and every other positions page: totalCount is counted even when not asked for
explain (analyze, buffers, costs off) select count(*) from position p where 1=1;
-- person_month: windowed page per holder; date_end <= :to bounds nothing in the index
explain (analyze, buffers, costs off)
select * from position p where p.id in (select r.id from (select p2.id as id, row_number() over
  (partition by p2.holder_id order by p2.event_date, p2.id) as rn from position p2
  where p2.holder_id in (select id from person where name = :leader) and p2.event_date >= :from and p2.date_end <= :to) r
  where r.rn <= 51) order by p.event_date asc nulls last, p.id asc;
-- person_month: the same with the implied bound event_date <= :to added
explain (analyze, buffers, costs off)
select * from position p where p.id in (select r.id from (select p2.id as id, row_number() over
  (partition by p2.holder_id order by p2.event_date, p2.id) as rn from position p2
  where p2.holder_id in (select id from person where name = :leader) and p2.event_date >= :from and p2.event_date <= :to
  and p2.date_end <= :to) r where r.rn <= 51) order by p.event_date asc nulls last, p.id asc;
explain (analyze, buffers, costs off)
select p2.holder_id, count(p2.id) from position p2 where p2.holder_id in (select id from person where name = :leader)
  and p2.event_date >= :from and p2.date_end <= :to group by p2.holder_id;
explain (analyze, buffers, costs off)
select p2.holder_id, count(p2.id) from position p2 where p2.holder_id in (select id from person where name = :leader)
  and p2.event_date >= :from and p2.event_date <= :to and p2.date_end <= :to group by p2.holder_id;
-- meetings: first page count
explain (analyze, buffers, costs off) select count(*) from meeting m where 1=1;
