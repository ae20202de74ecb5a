-- Parties (customers) and versioned quotes (DOCUMENTS.md "Parties", "Quotes").
-- Lists page with keyset queries over (tenant_id, sort column, id) indexes. Search as you type uses the
-- *_terms tables (one row per word of a party or quote, matched by prefix range) when a word is selective,
-- and the normalised search_text column (" word word ") while walking a sort index when it is not.

CREATE TABLE parties (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenants(id),
    name TEXT NOT NULL,
    designation TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    gstin TEXT NOT NULL DEFAULT '',
    pan TEXT NOT NULL DEFAULT '',
    billing_line1 TEXT NOT NULL DEFAULT '',
    billing_line2 TEXT NOT NULL DEFAULT '',
    billing_city TEXT NOT NULL DEFAULT '',
    billing_state TEXT NOT NULL DEFAULT '',
    billing_pin TEXT NOT NULL DEFAULT '',
    shipping_same INTEGER NOT NULL DEFAULT 1,
    shipping_line1 TEXT NOT NULL DEFAULT '',
    shipping_line2 TEXT NOT NULL DEFAULT '',
    shipping_city TEXT NOT NULL DEFAULT '',
    shipping_state TEXT NOT NULL DEFAULT '',
    shipping_pin TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    sort_name TEXT NOT NULL,
    sort_company TEXT NOT NULL,
    search_text TEXT NOT NULL,
    deleted_at TEXT,
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL DEFAULT 0,
    updated_by_name TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX parties_tenant_name ON parties (tenant_id, sort_name, id);
CREATE INDEX parties_tenant_company ON parties (tenant_id, sort_company, id);
CREATE INDEX parties_tenant_updated ON parties (tenant_id, updated_at, id);
-- A mobile number identifies a live party (scripts match parties by it); hidden parties keep theirs.
CREATE UNIQUE INDEX parties_tenant_mobile ON parties (tenant_id, mobile) WHERE deleted_at IS NULL;

-- Derived search index rows: no foreign keys, so bulk loads and party removal stay index-only.
CREATE TABLE party_terms (
    tenant_id INTEGER NOT NULL,
    term TEXT NOT NULL,
    party_id INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, term, party_id)
) WITHOUT ROWID;

-- Every master value a quote version was priced with, stored once per distinct set (keyed by its hash).
CREATE TABLE masters_snapshots (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenants(id),
    hash TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (tenant_id, hash)
);

-- A party as it was when a version was saved, and a box's costing input with the engine's result: both
-- content-addressed (hash of the body) and immutable, so a party that receives a hundred quotes is stored
-- once per change of its details and the same box priced the same way once.
CREATE TABLE party_snapshots (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenants(id),
    party_id INTEGER NOT NULL,
    hash TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (tenant_id, hash)
);

CREATE TABLE costing_snapshots (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenants(id),
    hash TEXT NOT NULL,
    costing_json TEXT NOT NULL,
    result_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (tenant_id, hash)
);

-- One row per quote: the header plus what the Quotes list shows, copied from the active version so the
-- list is one indexed query.
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenants(id),
    number TEXT NOT NULL,
    fy TEXT NOT NULL,
    seq INTEGER NOT NULL,
    number_sort INTEGER NOT NULL,
    party_id INTEGER NOT NULL REFERENCES parties(id),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'accepted', 'rejected')),
    active_version INTEGER NOT NULL,
    version_count INTEGER NOT NULL,
    quote_date TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    party_name TEXT NOT NULL,
    party_company TEXT NOT NULL DEFAULT '',
    party_mobile TEXT NOT NULL DEFAULT '',
    sort_party TEXT NOT NULL,
    item_count INTEGER NOT NULL,
    grand_paise INTEGER NOT NULL,
    box_names TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL,
    status_changed_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL DEFAULT 0,
    updated_by_name TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, number)
);
CREATE INDEX quotes_tenant_date ON quotes (tenant_id, quote_date, id);
CREATE INDEX quotes_tenant_number ON quotes (tenant_id, number_sort, id);
CREATE INDEX quotes_tenant_party_name ON quotes (tenant_id, sort_party, id);
CREATE INDEX quotes_tenant_grand ON quotes (tenant_id, grand_paise, id);
-- Leading party_id also serves the foreign key check when a party without quotes is removed.
CREATE INDEX quotes_party ON quotes (party_id, quote_date, id);

CREATE TABLE quote_terms (
    tenant_id INTEGER NOT NULL,
    term TEXT NOT NULL,
    quote_id INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, term, quote_id)
) WITHOUT ROWID;

-- Immutable: written once when a version is saved (triggers below refuse UPDATE and DELETE).
CREATE TABLE quote_versions (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenants(id),
    quote_id INTEGER NOT NULL REFERENCES quotes(id),
    version INTEGER NOT NULL,
    version_date TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    party_id INTEGER NOT NULL,
    party_snapshot_id INTEGER NOT NULL REFERENCES party_snapshots(id),
    seller_state TEXT NOT NULL DEFAULT '',
    place_of_supply TEXT NOT NULL DEFAULT '',
    intra_state INTEGER NOT NULL,
    masters_id INTEGER NOT NULL REFERENCES masters_snapshots(id),
    gst_rate_bp INTEGER NOT NULL,
    round_off INTEGER NOT NULL,
    transport_paise INTEGER NOT NULL DEFAULT 0,
    payment_terms TEXT NOT NULL DEFAULT '',
    delivery_days INTEGER NOT NULL DEFAULT 0,
    validity_days INTEGER NOT NULL DEFAULT 7,
    notes TEXT NOT NULL DEFAULT '',
    subtotal_paise INTEGER NOT NULL,
    taxable_paise INTEGER NOT NULL,
    gst_paise INTEGER NOT NULL,
    cgst_paise INTEGER NOT NULL,
    sgst_paise INTEGER NOT NULL,
    igst_paise INTEGER NOT NULL,
    round_off_paise INTEGER NOT NULL,
    grand_paise INTEGER NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('new', 'edit', 'restore', 'duplicate')),
    source_version INTEGER,
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL DEFAULT 0,
    created_by_name TEXT NOT NULL DEFAULT '',
    UNIQUE (quote_id, version)
);

CREATE TABLE quote_version_items (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL,
    version_id INTEGER NOT NULL REFERENCES quote_versions(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    remarks TEXT NOT NULL DEFAULT '',
    hsn TEXT NOT NULL DEFAULT '4819',
    unit TEXT NOT NULL DEFAULT 'Pcs',
    costing_id INTEGER NOT NULL REFERENCES costing_snapshots(id),
    quantity INTEGER NOT NULL,
    -- The box's inside size from the engine's result, for the duplicate-box rule.
    length_mm REAL NOT NULL,
    width_mm REAL NOT NULL,
    height_mm REAL NOT NULL,
    rate_paise INTEGER NOT NULL,
    negotiation TEXT NOT NULL DEFAULT 'none' CHECK (negotiation IN ('none', 'percent', 'fixed')),
    negotiation_percent REAL NOT NULL DEFAULT 0,
    negotiation_fixed_paise INTEGER NOT NULL DEFAULT 0,
    unit_paise INTEGER NOT NULL,
    amount_paise INTEGER NOT NULL,
    selected INTEGER NOT NULL DEFAULT 1,
    paper_spec TEXT NOT NULL DEFAULT '',
    UNIQUE (version_id, position)
);

-- The boxes of each quote's active version, for the duplicate-box rule (party + box name + L/W/H).
CREATE TABLE quote_boxes (
    quote_id INTEGER NOT NULL REFERENCES quotes(id),
    position INTEGER NOT NULL,
    tenant_id INTEGER NOT NULL,
    party_id INTEGER NOT NULL,
    name_key TEXT NOT NULL,
    length_mm REAL NOT NULL,
    width_mm REAL NOT NULL,
    height_mm REAL NOT NULL,
    PRIMARY KEY (quote_id, position)
);
CREATE INDEX quote_boxes_party_name ON quote_boxes (tenant_id, party_id, name_key);

CREATE TRIGGER quote_versions_no_update BEFORE UPDATE ON quote_versions
BEGIN
    SELECT RAISE(ABORT, 'quote versions are immutable');
END;

CREATE TRIGGER quote_versions_no_delete BEFORE DELETE ON quote_versions
BEGIN
    SELECT RAISE(ABORT, 'quote versions are immutable');
END;

CREATE TRIGGER quote_version_items_no_update BEFORE UPDATE ON quote_version_items
BEGIN
    SELECT RAISE(ABORT, 'quote versions are immutable');
END;

CREATE TRIGGER quote_version_items_no_delete BEFORE DELETE ON quote_version_items
BEGIN
    SELECT RAISE(ABORT, 'quote versions are immutable');
END;

CREATE TRIGGER masters_snapshots_no_update BEFORE UPDATE ON masters_snapshots
BEGIN
    SELECT RAISE(ABORT, 'snapshots are immutable');
END;

CREATE TRIGGER masters_snapshots_no_delete BEFORE DELETE ON masters_snapshots
BEGIN
    SELECT RAISE(ABORT, 'snapshots are immutable');
END;

CREATE TRIGGER party_snapshots_no_update BEFORE UPDATE ON party_snapshots
BEGIN
    SELECT RAISE(ABORT, 'snapshots are immutable');
END;

CREATE TRIGGER party_snapshots_no_delete BEFORE DELETE ON party_snapshots
BEGIN
    SELECT RAISE(ABORT, 'snapshots are immutable');
END;

CREATE TRIGGER costing_snapshots_no_update BEFORE UPDATE ON costing_snapshots
BEGIN
    SELECT RAISE(ABORT, 'snapshots are immutable');
END;

CREATE TRIGGER costing_snapshots_no_delete BEFORE DELETE ON costing_snapshots
BEGIN
    SELECT RAISE(ABORT, 'snapshots are immutable');
END;
