-- The shop key (PLATFORM.md "Two-factor", "Secrets"): one data key per shop seals its users' two-factor secrets,
-- so every desktop that holds the key in its keychain can read them. The database keeps only a random key id
-- (naming the keychain entry) and a keyed hash of a constant under the key, enough to recognise the right key
-- when someone types it but useless without it: a copy of the database never decrypts the secrets.
-- tenant_id 0 is the vendor's platform staff.

CREATE TABLE shop_keys (
    tenant_id INTEGER PRIMARY KEY,
    key_id TEXT NOT NULL UNIQUE,
    check_value TEXT NOT NULL,
    origin TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by_name TEXT NOT NULL DEFAULT ''
);
