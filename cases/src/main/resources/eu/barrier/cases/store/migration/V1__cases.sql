-- Barrier cases, schema version 1: one row per case, one append-only row per event.
-- Portable SQL for H2 2.x and PostgreSQL 13 or later. Never edit a released migration: add V2.

CREATE TABLE barrier_case (
  case_id VARCHAR(64) NOT NULL,
  profile_id VARCHAR(64) NOT NULL,
  profile_version VARCHAR(16) NOT NULL,
  profile_document VARCHAR(262144) NOT NULL,
  opened_at TIMESTAMP WITH TIME ZONE NOT NULL,
  version BIGINT NOT NULL,
  head_hash CHAR(64) NOT NULL,
  CONSTRAINT barrier_case_pk PRIMARY KEY (case_id)
);

CREATE TABLE barrier_case_event (
  case_id VARCHAR(64) NOT NULL,
  seq BIGINT NOT NULL,
  event_type VARCHAR(64) NOT NULL,
  actor VARCHAR(128) NOT NULL,
  actor_role VARCHAR(64) NOT NULL,
  occurred_on DATE NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  legal_basis VARCHAR(64) NOT NULL,
  details VARCHAR(4000000) NOT NULL,
  prev_hash CHAR(64) NOT NULL,
  hash CHAR(64) NOT NULL,
  CONSTRAINT barrier_case_event_pk PRIMARY KEY (case_id, seq),
  CONSTRAINT barrier_case_event_case FOREIGN KEY (case_id) REFERENCES barrier_case (case_id)
);
