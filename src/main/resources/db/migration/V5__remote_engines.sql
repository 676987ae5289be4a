-- Remote engines: a session whose model service cannot answer waits (step waiting_for_engine) until
-- retry_at; engine_wait_since bounds how long it may wait in all before it ends in Error.

ALTER TABLE therapy_session ADD COLUMN retry_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE therapy_session ADD COLUMN engine_wait_since TIMESTAMP WITH TIME ZONE;
CREATE INDEX therapy_session_retry ON therapy_session (retry_at);
