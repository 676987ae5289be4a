-- Notewell foundation schema: partners (tenants), API keys, users, sessions, idempotency records.
-- Portable between H2 2.x and PostgreSQL: ids are UUID strings assigned by the application.

CREATE TABLE partner (
    id          VARCHAR(36)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL
);

CREATE TABLE api_key (
    id           VARCHAR(36)  PRIMARY KEY,
    partner_id   VARCHAR(36)  NOT NULL REFERENCES partner (id),
    prefix       VARCHAR(32)  NOT NULL UNIQUE,
    secret_hash  VARCHAR(64)  NOT NULL,
    name         VARCHAR(100),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT       NOT NULL
);
CREATE INDEX api_key_partner ON api_key (partner_id);

CREATE TABLE app_user (
    id                           VARCHAR(36)  PRIMARY KEY,
    partner_id                   VARCHAR(36)  NOT NULL REFERENCES partner (id),
    kind                         VARCHAR(10)  NOT NULL,
    first_name                   VARCHAR(100) NOT NULL,
    last_name                    VARCHAR(100) NOT NULL,
    email                        VARCHAR(254),
    email_key                    VARCHAR(254),
    partner_user_id              VARCHAR(255),
    phone_number                 VARCHAR(32),
    phone_country_code           VARCHAR(8),
    locale                       VARCHAR(35),
    default_session_type         VARCHAR(32),
    national_provider_identifier VARCHAR(10),
    therapy_licence              VARCHAR(100),
    note_identifier              VARCHAR(32),
    pronoun                      VARCHAR(16),
    date_of_birth                DATE,
    therapist_user_id            VARCHAR(36)  REFERENCES app_user (id),
    created_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    version                      BIGINT       NOT NULL,
    CONSTRAINT app_user_email UNIQUE (partner_id, email_key),
    CONSTRAINT app_user_partner_user_id UNIQUE (partner_id, partner_user_id)
);

CREATE TABLE client_access (
    provider_id  VARCHAR(36) NOT NULL REFERENCES app_user (id),
    client_id    VARCHAR(36) NOT NULL REFERENCES app_user (id),
    granted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider_id, client_id)
);

CREATE TABLE therapy_session (
    id                      VARCHAR(36)  PRIMARY KEY,
    partner_id              VARCHAR(36)  NOT NULL REFERENCES partner (id),
    provider_id             VARCHAR(36)  NOT NULL REFERENCES app_user (id),
    client_id               VARCHAR(36)  REFERENCES app_user (id),
    client_pronouns         VARCHAR(16),
    session_type            VARCHAR(32)  NOT NULL,
    session_date            TIMESTAMP WITH TIME ZONE NOT NULL,
    partner_appointment_id  VARCHAR(255),
    input_kind              VARCHAR(16)  NOT NULL,
    recording_content       VARCHAR(16),
    input_text              TEXT,
    treatment_plan          TEXT,
    state                   VARCHAR(16)  NOT NULL,
    error_code              VARCHAR(64),
    error_message           VARCHAR(1000),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT       NOT NULL
);
CREATE INDEX therapy_session_partner_date ON therapy_session (partner_id, session_date);
CREATE INDEX therapy_session_provider ON therapy_session (provider_id);
CREATE INDEX therapy_session_client ON therapy_session (client_id);
CREATE INDEX therapy_session_appointment ON therapy_session (partner_id, partner_appointment_id);
CREATE INDEX therapy_session_state ON therapy_session (state, updated_at);

CREATE TABLE session_recording_url (
    session_id  VARCHAR(36)   NOT NULL REFERENCES therapy_session (id),
    position    INTEGER       NOT NULL,
    url         VARCHAR(4096) NOT NULL,
    PRIMARY KEY (session_id, position)
);

CREATE TABLE idempotency_record (
    partner_id       VARCHAR(36)  NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    request_hash     VARCHAR(64)  NOT NULL,
    response_status  INTEGER,
    response_body    VARCHAR(4000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (partner_id, idempotency_key)
);
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);
