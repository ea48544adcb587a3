-- Parley domain model: people, organizations, offices, meetings, positions,
-- and the articles and evidence quotes every fact is traced to.
-- Portable between H2 and PostgreSQL. Dates carry a precision and a basis:
-- *_date holds the first day of the period the precision names, *_end its last
-- day, so "within this range" is two indexed comparisons.

CREATE SEQUENCE parley_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE article (
    id              BIGINT PRIMARY KEY,
    dataset_key     VARCHAR(120) UNIQUE,
    title           VARCHAR(500) NOT NULL,
    language        VARCHAR(8)   NOT NULL,
    outlet          VARCHAR(200),
    published_month DATE         NOT NULL,
    body            VARCHAR(1000000) NOT NULL,
    content_hash    VARCHAR(64)  NOT NULL UNIQUE,
    version         BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE organization (
    id              BIGINT PRIMARY KEY,
    dataset_key     VARCHAR(120) UNIQUE,
    name            VARCHAR(300) NOT NULL,
    search_name     VARCHAR(300) NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    member_of_id    BIGINT REFERENCES organization (id),
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX organization_search_name_idx ON organization (search_name);

CREATE TABLE person (
    id              BIGINT PRIMARY KEY,
    dataset_key     VARCHAR(120) UNIQUE,
    name            VARCHAR(300) NOT NULL,
    search_name     VARCHAR(300) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX person_search_name_idx ON person (search_name);

-- Spellings of a name as the articles print them; search_name is folded
-- (lower case, no diacritics) so "poetin" finds Putin.
CREATE TABLE name_alias (
    id              BIGINT PRIMARY KEY,
    person_id       BIGINT REFERENCES person (id) ON DELETE CASCADE,
    organization_id BIGINT REFERENCES organization (id) ON DELETE CASCADE,
    alias           VARCHAR(300) NOT NULL,
    search_name     VARCHAR(300) NOT NULL,
    CONSTRAINT name_alias_owner CHECK ((person_id IS NULL) <> (organization_id IS NULL))
);
CREATE INDEX name_alias_search_name_idx ON name_alias (search_name);
CREATE INDEX name_alias_person_idx ON name_alias (person_id);
CREATE INDEX name_alias_organization_idx ON name_alias (organization_id);

CREATE TABLE topic (
    id              BIGINT PRIMARY KEY,
    dataset_key     VARCHAR(120) UNIQUE,
    name            VARCHAR(300) NOT NULL,
    description     VARCHAR(2000),
    version         BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE office (
    id              BIGINT PRIMARY KEY,
    dataset_key     VARCHAR(120) UNIQUE,
    person_id       BIGINT       NOT NULL REFERENCES person (id),
    organization_id BIGINT       NOT NULL REFERENCES organization (id),
    role            VARCHAR(300) NOT NULL,
    from_date       DATE,
    from_end        DATE,
    from_precision  VARCHAR(8),
    from_basis      VARCHAR(32),
    from_note       VARCHAR(1000),
    to_date         DATE,
    to_end          DATE,
    to_precision    VARCHAR(8),
    to_basis        VARCHAR(32),
    to_note         VARCHAR(1000),
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX office_person_idx ON office (person_id, from_date);
CREATE INDEX office_organization_idx ON office (organization_id);

CREATE TABLE meeting (
    id              BIGINT PRIMARY KEY,
    dataset_key     VARCHAR(120) UNIQUE,
    title           VARCHAR(500) NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    status_reason   VARCHAR(1000),
    event_date      DATE,
    date_end        DATE,
    date_precision  VARCHAR(8),
    date_basis      VARCHAR(32),
    date_note       VARCHAR(1000),
    location        VARCHAR(300),
    summary         VARCHAR(4000),
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX meeting_date_idx ON meeting (event_date, id);
CREATE INDEX meeting_status_idx ON meeting (status, event_date, id);
CREATE INDEX meeting_kind_idx ON meeting (kind, event_date, id);

CREATE TABLE attendance (
    id              BIGINT PRIMARY KEY,
    meeting_id      BIGINT       NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id       BIGINT REFERENCES person (id),
    organization_id BIGINT REFERENCES organization (id),
    role            VARCHAR(20)  NOT NULL,
    CONSTRAINT attendance_someone CHECK (person_id IS NOT NULL OR organization_id IS NOT NULL)
);
CREATE INDEX attendance_meeting_idx ON attendance (meeting_id);
CREATE INDEX attendance_person_idx ON attendance (person_id, meeting_id);
CREATE INDEX attendance_organization_idx ON attendance (organization_id, meeting_id);

CREATE TABLE position (
    id                        BIGINT PRIMARY KEY,
    dataset_key               VARCHAR(120) UNIQUE,
    holder_id                 BIGINT REFERENCES person (id),
    organization_id           BIGINT REFERENCES organization (id),
    attributed_to             VARCHAR(300),
    kind                      VARCHAR(20)  NOT NULL,
    topic_id                  BIGINT REFERENCES topic (id),
    addressee_person_id       BIGINT REFERENCES person (id),
    addressee_organization_id BIGINT REFERENCES organization (id),
    condition_text            VARCHAR(1000),
    summary                   VARCHAR(2000) NOT NULL,
    event_date                DATE         NOT NULL,
    date_end                  DATE         NOT NULL,
    date_precision            VARCHAR(8)   NOT NULL,
    date_basis                VARCHAR(32)  NOT NULL,
    date_note                 VARCHAR(1000),
    meeting_id                BIGINT REFERENCES meeting (id),
    commitment_status         VARCHAR(20),
    version                   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT position_holder CHECK (holder_id IS NOT NULL OR organization_id IS NOT NULL)
);
-- The headline view: one leader's positions of one kind on one day.
CREATE INDEX position_holder_idx ON position (holder_id, kind, event_date, id);
CREATE INDEX position_holder_date_idx ON position (holder_id, event_date, id);
CREATE INDEX position_organization_idx ON position (organization_id, event_date, id);
CREATE INDEX position_kind_idx ON position (kind, event_date, id);
CREATE INDEX position_date_idx ON position (event_date, id);
CREATE INDEX position_topic_idx ON position (topic_id, event_date, id);
CREATE INDEX position_meeting_idx ON position (meeting_id);

-- A verbatim quote that backs exactly one fact, with its offsets in the body.
CREATE TABLE evidence (
    id              BIGINT PRIMARY KEY,
    article_id      BIGINT        NOT NULL REFERENCES article (id),
    quote           VARCHAR(4000) NOT NULL,
    start_offset    INTEGER       NOT NULL,
    end_offset      INTEGER       NOT NULL,
    meeting_id      BIGINT REFERENCES meeting (id) ON DELETE CASCADE,
    attendance_id   BIGINT REFERENCES attendance (id) ON DELETE CASCADE,
    office_id       BIGINT REFERENCES office (id) ON DELETE CASCADE,
    position_id     BIGINT REFERENCES position (id) ON DELETE CASCADE,
    CONSTRAINT evidence_one_subject CHECK (
        (CASE WHEN meeting_id IS NULL THEN 0 ELSE 1 END)
      + (CASE WHEN attendance_id IS NULL THEN 0 ELSE 1 END)
      + (CASE WHEN office_id IS NULL THEN 0 ELSE 1 END)
      + (CASE WHEN position_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX evidence_article_idx ON evidence (article_id);
CREATE INDEX evidence_meeting_idx ON evidence (meeting_id);
CREATE INDEX evidence_attendance_idx ON evidence (attendance_id);
CREATE INDEX evidence_office_idx ON evidence (office_id);
CREATE INDEX evidence_position_idx ON evidence (position_id);

-- Fingerprint of the last dataset applied, so an unchanged dataset is skipped.
CREATE TABLE dataset_load (
    name            VARCHAR(60)  PRIMARY KEY,
    fingerprint     VARCHAR(64)  NOT NULL,
    loaded_at       TIMESTAMP    NOT NULL
);
