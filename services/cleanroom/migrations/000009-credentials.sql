-- Credential lifecycle (issue 14): a rotated secret's predecessor stays valid until an instant (the
-- overlap), an organisation can be disabled, and single access tokens can be revoked by `jti`.
-- Secrets the service generates are now stored as `hmac-sha256$…` (a keyed hash under the server
-- pepper); earlier `scrypt$…` hashes keep verifying and are replaced on their next successful use.
ALTER TABLE organizations
  ADD COLUMN previous_secret_hash       text,
  ADD COLUMN previous_secret_expires_at timestamptz,
  ADD COLUMN disabled_at                timestamptz,
  ADD CONSTRAINT organizations_previous_secret_whole
    CHECK ((previous_secret_hash IS NULL) = (previous_secret_expires_at IS NULL));

-- A revoked token id is remembered until no token bearing it can still be accepted (its issue time
-- plus the longest token age), then swept.
CREATE TABLE revoked_tokens (
  jti          text PRIMARY KEY CHECK (length(jti) BETWEEN 1 AND 200),
  revoked_by   text NOT NULL REFERENCES organizations (id),
  revoked_at   timestamptz NOT NULL DEFAULT now(),
  forget_after timestamptz NOT NULL
);

CREATE INDEX revoked_tokens_forget_after ON revoked_tokens (forget_after);

GRANT SELECT, INSERT, DELETE ON revoked_tokens TO cleanroom_service;
