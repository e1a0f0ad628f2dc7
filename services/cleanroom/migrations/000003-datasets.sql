-- Uploaded data: each party's dataset versions, the pointer to the current one, and the agreement
-- keys that re-key id hashes into tokens. The rows themselves live in one table per published
-- version in the schema cleanroom_data (named after the dataset id), created by the ingest code.
CREATE SCHEMA cleanroom_data;

-- 32 random bytes per agreement, stored only wrapped: AES-256-GCM under the master key, as
-- nonce (12) ‖ ciphertext (32) ‖ tag (16), the agreement id as associated data. Destroying the key
-- clears it; the row stays as the record that it existed and when it was destroyed.
CREATE TABLE agreement_keys (
  agreement_id text PRIMARY KEY REFERENCES agreements (id),
  wrapped_key  bytea CHECK (wrapped_key IS NULL OR length(wrapped_key) = 60),
  created_at   timestamptz NOT NULL DEFAULT now(),
  destroyed_at timestamptz,
  CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
);

CREATE TABLE datasets (
  id              text PRIMARY KEY CHECK (id ~ '^ds_[0-9a-z]{26}$'),
  agreement_id    text NOT NULL REFERENCES agreements (id),
  side            text NOT NULL CHECK (side IN ('brand', 'partner')),
  version         integer NOT NULL CHECK (version > 0),
  table_name      text NOT NULL UNIQUE CHECK (table_name = id),
  status          text NOT NULL CHECK (status IN ('loading', 'published', 'superseded', 'deleted')),
  rows            bigint CHECK (rows >= 0),
  duplicates      bigint CHECK (duplicates >= 0),
  salt_check      text NOT NULL CHECK (salt_check ~ '^[0-9a-f]{64}$'),
  -- [{ "name", "column", "multi" }]: the attribute columns of the version's table.
  attributes      jsonb NOT NULL,
  idempotency_key text CHECK (length(idempotency_key) BETWEEN 1 AND 255),
  request_hash    text CHECK (request_hash ~ '^[0-9a-f]{64}$'),
  -- The response the upload answered with, returned again to a retry with the same Idempotency-Key.
  result          jsonb,
  created_by      text NOT NULL REFERENCES organizations (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  published_at    timestamptz,
  deleted_at      timestamptz,
  UNIQUE (agreement_id, side, version),
  CHECK (status = 'loading' OR (rows IS NOT NULL AND duplicates IS NOT NULL AND published_at IS NOT NULL AND result IS NOT NULL)),
  CHECK ((status = 'deleted') = (deleted_at IS NOT NULL))
);
CREATE UNIQUE INDEX datasets_idempotency ON datasets (agreement_id, side, created_by, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX datasets_loading ON datasets (created_at) WHERE status = 'loading';

-- The version each party's insights read: flipped in the transaction that publishes a new one.
CREATE TABLE current_datasets (
  agreement_id text NOT NULL REFERENCES agreements (id),
  side         text NOT NULL CHECK (side IN ('brand', 'partner')),
  dataset_id   text NOT NULL UNIQUE REFERENCES datasets (id),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agreement_id, side)
);
