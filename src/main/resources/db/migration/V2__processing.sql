-- Processing of sessions: which input revision is being processed, the current step (progress), recovery
-- bookkeeping, and the note written for a revision (encrypted).

ALTER TABLE therapy_session ADD COLUMN input_revision INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE therapy_session ADD COLUMN step VARCHAR(32) DEFAULT 'queued' NOT NULL;
ALTER TABLE therapy_session ADD COLUMN state_changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE therapy_session ADD COLUMN recovery_count INTEGER DEFAULT 0 NOT NULL;
UPDATE therapy_session SET state_changed_at = updated_at;

CREATE TABLE session_note (
    session_id      VARCHAR(36)  PRIMARY KEY REFERENCES therapy_session (id),
    input_revision  INTEGER      NOT NULL,
    template        VARCHAR(32)  NOT NULL,
    engine          VARCHAR(64)  NOT NULL,
    content         TEXT         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
