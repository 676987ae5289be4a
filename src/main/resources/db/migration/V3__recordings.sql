-- Recordings: the length of a session's recording and its transcript (segments with speakers and word
-- timings, encrypted like the note), one row per session for the input revision it was made from.

ALTER TABLE therapy_session ADD COLUMN recording_duration_ms BIGINT;

CREATE TABLE session_transcript (
    session_id      VARCHAR(36)  PRIMARY KEY REFERENCES therapy_session (id),
    input_revision  INTEGER      NOT NULL,
    engine          VARCHAR(64)  NOT NULL,
    duration_ms     BIGINT       NOT NULL,
    content         TEXT         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
