-- Organisations and their machine credentials. The client secret is stored only as a slow salted
-- hash (scrypt); the X25519 public key is what peers derive the per-agreement salt with.
CREATE TABLE organizations (
  id            text PRIMARY KEY CHECK (id ~ '^org_[0-9a-z]{26}$'),
  kind          text NOT NULL CHECK (kind IN ('admin', 'brand', 'media_partner', 'auditor')),
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  client_id     text NOT NULL UNIQUE,
  secret_hash   text NOT NULL,
  public_key    bytea CHECK (public_key IS NULL OR length(public_key) = 32),
  public_key_updated_at timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- Exactly one operator organisation.
CREATE UNIQUE INDEX organizations_one_admin ON organizations (kind) WHERE kind = 'admin';
