-- An edit row ("also reported by ...") refers to the outbox row whose message it changes.
ALTER TABLE outbox ADD COLUMN ref_key TEXT;
