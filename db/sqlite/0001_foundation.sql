-- Foundation: shops (tenants), their users, settings and document counters.
-- Timestamps are ISO-8601 UTC text; booleans are 0/1 integers; money is integer paise.

CREATE TABLE tenants (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    state_code TEXT NOT NULL DEFAULT '',
    gstin TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER REFERENCES tenants(id),
    username TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
-- Sign-in names are unique across the database, whatever their case.
CREATE UNIQUE INDEX users_username ON users (lower(username));
CREATE INDEX users_tenant ON users (tenant_id);

-- tenant_id 0 holds installation-wide settings.
CREATE TABLE settings (
    tenant_id INTEGER NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (tenant_id, key)
);

-- Gapless document numbers: the row is taken in the same transaction as the document.
CREATE TABLE counters (
    tenant_id INTEGER NOT NULL,
    series TEXT NOT NULL,
    period TEXT NOT NULL,
    next_value INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, series, period)
);
