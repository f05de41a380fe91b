-- Retention: identities of removed stories (so an old item still in its feed is not posted again) and the indexes
-- the retention job's range deletes use. Times are Unix milliseconds.
CREATE TABLE seen_identities (
    feed_id  TEXT NOT NULL,
    identity TEXT NOT NULL,
    seen_at  INTEGER NOT NULL,
    PRIMARY KEY (feed_id, identity)
);
CREATE INDEX seen_identities_seen_at ON seen_identities (seen_at);
CREATE INDEX stories_fetched_at ON stories (fetched_at);
CREATE INDEX outbox_delivered_at ON outbox (delivered_at);
