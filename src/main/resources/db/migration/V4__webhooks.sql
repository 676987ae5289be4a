-- Webhooks: partners' endpoints (signing secrets encrypted), events written in the transaction of the change
-- that causes them (the outbox), and one delivery per event and endpoint with its attempts.

CREATE TABLE webhook_endpoint (
    id                     VARCHAR(36)   PRIMARY KEY,
    partner_id             VARCHAR(36)   NOT NULL REFERENCES partner (id),
    url                    VARCHAR(2048) NOT NULL,
    event_types            VARCHAR(512)  NOT NULL,
    enabled                BOOLEAN       NOT NULL,
    disabled_reason        VARCHAR(256),
    secret                 TEXT          NOT NULL,
    previous_secret        TEXT,
    previous_secret_until  TIMESTAMP WITH TIME ZONE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT        NOT NULL
);
CREATE INDEX webhook_endpoint_partner ON webhook_endpoint (partner_id);

CREATE TABLE webhook_event (
    id          VARCHAR(40)  PRIMARY KEY,
    partner_id  VARCHAR(36)  NOT NULL,
    type        VARCHAR(64)  NOT NULL,
    session_id  VARCHAR(36),
    payload     TEXT         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE webhook_delivery (
    id               VARCHAR(36)  PRIMARY KEY,
    event_id         VARCHAR(40)  NOT NULL REFERENCES webhook_event (id),
    endpoint_id      VARCHAR(36)  NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    partner_id       VARCHAR(36)  NOT NULL,
    session_id       VARCHAR(36),
    event_type       VARCHAR(64)  NOT NULL,
    sequence_number  BIGINT       NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_status      INTEGER,
    last_error       VARCHAR(256),
    last_attempt_at  TIMESTAMP WITH TIME ZONE,
    delivered_at     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT webhook_delivery_once UNIQUE (event_id, endpoint_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_endpoint ON webhook_delivery (endpoint_id, created_at);
CREATE INDEX webhook_delivery_session ON webhook_delivery (session_id);
