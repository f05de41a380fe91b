-- Feed poll state, stories with full-text search, subscriptions, outbox and roll-ups.
-- Times are Unix milliseconds (INTEGER) in every dialect; booleans are 0/1.
CREATE TABLE feed_state (
    feed_id         TEXT PRIMARY KEY,
    url             TEXT NOT NULL,
    configured_url  TEXT NOT NULL,
    etag            TEXT,
    last_modified   TEXT,
    next_poll_at    INTEGER,
    failures        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    last_polled_at  INTEGER,
    last_success_at INTEGER,
    failing         INTEGER NOT NULL DEFAULT 0,
    initialized     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE stories (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    feed_id     TEXT NOT NULL,
    identity    TEXT NOT NULL,
    title       TEXT NOT NULL,
    link        TEXT,
    outlet      TEXT NOT NULL,
    published   INTEGER,
    fetched_at  INTEGER NOT NULL,
    sort_time   INTEGER NOT NULL,
    body        TEXT NOT NULL,
    digest_json TEXT NOT NULL,
    topics      TEXT NOT NULL,
    cluster_id  TEXT,
    UNIQUE (feed_id, identity)
);
CREATE INDEX stories_sort_time ON stories (sort_time);
CREATE INDEX stories_cluster ON stories (cluster_id);

CREATE TABLE story_topics (
    topic     TEXT NOT NULL,
    sort_time INTEGER NOT NULL,
    story_id  INTEGER NOT NULL,
    PRIMARY KEY (topic, sort_time, story_id)
);
CREATE INDEX story_topics_story ON story_topics (story_id);

CREATE VIRTUAL TABLE stories_fts USING fts5(
    title, body, content = 'stories', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER stories_fts_insert AFTER INSERT ON stories BEGIN
    INSERT INTO stories_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN
    INSERT INTO stories_fts (stories_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE TABLE subscriptions (
    channel    TEXT NOT NULL,
    topic      TEXT NOT NULL,
    cadence    TEXT NOT NULL,
    thread_id  TEXT,
    silent     INTEGER NOT NULL DEFAULT 0,
    time_zone  TEXT,
    paused     INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (channel, topic)
);

CREATE TABLE outbox (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    key               TEXT NOT NULL UNIQUE,
    channel           TEXT NOT NULL,
    thread_id         TEXT,
    kind              TEXT NOT NULL,
    story_ids         TEXT NOT NULL,
    heading           TEXT,
    silent            INTEGER NOT NULL DEFAULT 0,
    target_message_id TEXT,
    status            TEXT NOT NULL DEFAULT 'pending',
    due_at            INTEGER NOT NULL,
    attempts          INTEGER NOT NULL DEFAULT 0,
    claimed_by        TEXT,
    claimed_until     INTEGER,
    message_id        TEXT,
    last_error        TEXT,
    created_at        INTEGER NOT NULL,
    delivered_at      INTEGER
);
CREATE INDEX outbox_channel_status ON outbox (channel, status, id);
CREATE INDEX outbox_status_due ON outbox (status, due_at);

CREATE TABLE rollup_items (
    channel  TEXT NOT NULL,
    topic    TEXT NOT NULL,
    story_id INTEGER NOT NULL,
    added_at INTEGER NOT NULL,
    PRIMARY KEY (channel, topic, story_id)
);

CREATE TABLE rollup_state (
    channel     TEXT NOT NULL,
    topic       TEXT NOT NULL,
    last_run_at INTEGER NOT NULL,
    PRIMARY KEY (channel, topic)
);
