-- Feed poll state, stories with full-text search, subscriptions, outbox and roll-ups.
-- PostgreSQL dialect of 001. Times are Unix milliseconds (BIGINT) in every dialect; booleans are 0/1.
CREATE TABLE feed_state (
    feed_id         TEXT PRIMARY KEY,
    url             TEXT NOT NULL,
    configured_url  TEXT NOT NULL,
    etag            TEXT,
    last_modified   TEXT,
    next_poll_at    BIGINT,
    failures        BIGINT NOT NULL DEFAULT 0,
    last_error      TEXT,
    last_polled_at  BIGINT,
    last_success_at BIGINT,
    failing         BIGINT NOT NULL DEFAULT 0,
    initialized     BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE stories (
    id          BIGSERIAL PRIMARY KEY,
    feed_id     TEXT NOT NULL,
    identity    TEXT NOT NULL,
    title       TEXT NOT NULL,
    link        TEXT,
    outlet      TEXT NOT NULL,
    published   BIGINT,
    fetched_at  BIGINT NOT NULL,
    sort_time   BIGINT NOT NULL,
    body        TEXT NOT NULL,
    digest_json TEXT NOT NULL,
    topics      TEXT NOT NULL,
    cluster_id  TEXT,
    search      tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) STORED,
    UNIQUE (feed_id, identity)
);
CREATE INDEX stories_search ON stories USING GIN (search);
CREATE INDEX stories_sort_time ON stories (sort_time);
CREATE INDEX stories_cluster ON stories (cluster_id);

CREATE TABLE story_topics (
    topic     TEXT NOT NULL,
    sort_time BIGINT NOT NULL,
    story_id  BIGINT NOT NULL,
    PRIMARY KEY (topic, sort_time, story_id)
);
CREATE INDEX story_topics_story ON story_topics (story_id);


CREATE TABLE subscriptions (
    channel    TEXT NOT NULL,
    topic      TEXT NOT NULL,
    cadence    TEXT NOT NULL,
    thread_id  TEXT,
    silent     BIGINT NOT NULL DEFAULT 0,
    time_zone  TEXT,
    paused     BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (channel, topic)
);

CREATE TABLE outbox (
    id                BIGSERIAL PRIMARY KEY,
    key               TEXT NOT NULL UNIQUE,
    channel           TEXT NOT NULL,
    thread_id         TEXT,
    kind              TEXT NOT NULL,
    story_ids         TEXT NOT NULL,
    heading           TEXT,
    silent            BIGINT NOT NULL DEFAULT 0,
    target_message_id TEXT,
    status            TEXT NOT NULL DEFAULT 'pending',
    due_at            BIGINT NOT NULL,
    attempts          BIGINT NOT NULL DEFAULT 0,
    claimed_by        TEXT,
    claimed_until     BIGINT,
    message_id        TEXT,
    last_error        TEXT,
    created_at        BIGINT NOT NULL,
    delivered_at      BIGINT
);
CREATE INDEX outbox_channel_status ON outbox (channel, status, id);
CREATE INDEX outbox_status_due ON outbox (status, due_at);

CREATE TABLE rollup_items (
    channel  TEXT NOT NULL,
    topic    TEXT NOT NULL,
    story_id BIGINT NOT NULL,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (channel, topic, story_id)
);

CREATE TABLE rollup_state (
    channel     TEXT NOT NULL,
    topic       TEXT NOT NULL,
    last_run_at BIGINT NOT NULL,
    PRIMARY KEY (channel, topic)
);
