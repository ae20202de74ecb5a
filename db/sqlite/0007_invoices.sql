-- Company profile, tax invoices, credit notes and payments (DOCUMENTS.md "Invoices", PLATFORM.md "Tenants").
-- A final invoice or credit note is immutable: the triggers below refuse any UPDATE of it except the cancel
-- transition (final -> cancelled with a reason) and the running paid/credited amounts, refuse DELETE, and
-- refuse any change to its lines. Payments are append-only.

-- One row per shop. The name, state and GSTIN are also kept on tenants, where quotes read the seller state.
CREATE TABLE company_profiles (
    tenant_id INTEGER PRIMARY KEY REFERENCES tenants(id),
    name TEXT NOT NULL DEFAULT '',
    address_line1 TEXT NOT NULL DEFAULT '',
    address_line2 TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    state_code TEXT NOT NULL DEFAULT '',
    pin TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    gstin TEXT NOT NULL DEFAULT '',
    pan TEXT NOT NULL DEFAULT '',
    logo_png BLOB,
    bank_name TEXT NOT NULL DEFAULT '',
    bank_account TEXT NOT NULL DEFAULT '',
    bank_ifsc TEXT NOT NULL DEFAULT '',
    bank_branch TEXT NOT NULL DEFAULT '',
    upi_id TEXT NOT NULL DEFAULT '',
    signatory TEXT NOT NULL DEFAULT '',
    quote_template TEXT NOT NULL DEFAULT 'QT/{FY}/{seq:4}',
    invoice_template TEXT NOT NULL DEFAULT 'INV/{FY}/{seq:4}',
    credit_note_template TEXT NOT NULL DEFAULT 'CN/{FY}/{seq:4}',
    default_terms TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL DEFAULT 0,
    updated_by_name TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

-- Invoices and credit notes share one table: the same numbering, immutability and documents.
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenants(id),
    kind TEXT NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice', 'credit_note')),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final', 'cancelled')),
    series TEXT NOT NULL,
    number TEXT,
    fy TEXT,
    seq INTEGER,
    number_sort INTEGER NOT NULL DEFAULT 0,
    invoice_date TEXT NOT NULL,
    due_date TEXT NOT NULL DEFAULT '',
    po_number TEXT NOT NULL DEFAULT '',
    po_date TEXT NOT NULL DEFAULT '',
    quote_id INTEGER REFERENCES quotes(id),
    quote_number TEXT NOT NULL DEFAULT '',
    quote_version INTEGER NOT NULL DEFAULT 0,
    against_id INTEGER REFERENCES invoices(id),
    against_number TEXT NOT NULL DEFAULT '',
    against_date TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    party_id INTEGER NOT NULL REFERENCES parties(id),
    party_snapshot TEXT NOT NULL,
    party_name TEXT NOT NULL,
    party_company TEXT NOT NULL DEFAULT '',
    sort_party TEXT NOT NULL,
    ship_to TEXT NOT NULL DEFAULT '',
    seller_snapshot TEXT NOT NULL DEFAULT '',
    seller_state TEXT NOT NULL DEFAULT '',
    place_of_supply TEXT NOT NULL DEFAULT '',
    intra_state INTEGER NOT NULL,
    reverse_charge INTEGER NOT NULL DEFAULT 0,
    gst_rate_bp INTEGER NOT NULL,
    round_off INTEGER NOT NULL,
    transport_paise INTEGER NOT NULL DEFAULT 0,
    subtotal_paise INTEGER NOT NULL,
    taxable_paise INTEGER NOT NULL,
    gst_paise INTEGER NOT NULL,
    cgst_paise INTEGER NOT NULL,
    sgst_paise INTEGER NOT NULL,
    igst_paise INTEGER NOT NULL,
    round_off_paise INTEGER NOT NULL,
    grand_paise INTEGER NOT NULL,
    terms TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL,
    paid_paise INTEGER NOT NULL DEFAULT 0,
    credited_paise INTEGER NOT NULL DEFAULT 0,
    cancel_reason TEXT NOT NULL DEFAULT '',
    cancelled_at TEXT NOT NULL DEFAULT '',
    cancelled_by_name TEXT NOT NULL DEFAULT '',
    finalized_at TEXT NOT NULL DEFAULT '',
    finalized_by_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL DEFAULT 0,
    created_by_name TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL DEFAULT 0,
    updated_by_name TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (status = 'draft' OR number IS NOT NULL),
    UNIQUE (tenant_id, number),
    UNIQUE (tenant_id, series, fy, seq)
);
CREATE INDEX invoices_tenant_date ON invoices (tenant_id, invoice_date, id);
CREATE INDEX invoices_tenant_number ON invoices (tenant_id, number_sort, id);
CREATE INDEX invoices_tenant_party_name ON invoices (tenant_id, sort_party, id);
CREATE INDEX invoices_tenant_grand ON invoices (tenant_id, grand_paise, id);
CREATE INDEX invoices_party ON invoices (party_id, invoice_date, id);
CREATE INDEX invoices_quote ON invoices (quote_id);
CREATE INDEX invoices_against ON invoices (against_id);

CREATE TABLE invoice_lines (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    length REAL NOT NULL DEFAULT 0,
    width REAL NOT NULL DEFAULT 0,
    height REAL NOT NULL DEFAULT 0,
    size_unit TEXT NOT NULL DEFAULT 'mm',
    outside INTEGER NOT NULL DEFAULT 0,
    paper_spec TEXT NOT NULL DEFAULT '',
    hsn TEXT NOT NULL DEFAULT '4819',
    quantity INTEGER NOT NULL,
    unit TEXT NOT NULL DEFAULT 'Pcs',
    rate_paise INTEGER NOT NULL,
    taxable_paise INTEGER NOT NULL,
    gst_paise INTEGER NOT NULL,
    total_paise INTEGER NOT NULL,
    -- Credit note lines: the invoice line they credit.
    source_line_id INTEGER REFERENCES invoice_lines(id),
    UNIQUE (invoice_id, position)
);
CREATE INDEX invoice_lines_source ON invoice_lines (source_line_id);

CREATE TABLE invoice_payments (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenants(id),
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    party_id INTEGER NOT NULL REFERENCES parties(id),
    paid_on TEXT NOT NULL,
    amount_paise INTEGER NOT NULL CHECK (amount_paise > 0),
    mode TEXT NOT NULL CHECK (mode IN ('cash', 'upi', 'bank', 'cheque')),
    reference TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL DEFAULT 0,
    created_by_name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX invoice_payments_invoice ON invoice_payments (invoice_id, id);
CREATE INDEX invoice_payments_party ON invoice_payments (tenant_id, party_id, paid_on, id);

-- Final and cancelled documents: only final -> cancelled (with a reason) and the running paid/credited
-- amounts may change; every other column must stay as it is.
CREATE TRIGGER invoices_final_no_update BEFORE UPDATE ON invoices
WHEN OLD.status <> 'draft' AND NOT (
    OLD.status = 'final'
    AND (NEW.status = 'final' AND NEW.cancel_reason IS OLD.cancel_reason AND NEW.cancelled_at IS OLD.cancelled_at
         AND NEW.cancelled_by_name IS OLD.cancelled_by_name
         OR NEW.status = 'cancelled' AND length(trim(NEW.cancel_reason)) > 0)
    AND NEW.id IS OLD.id AND NEW.tenant_id IS OLD.tenant_id AND NEW.kind IS OLD.kind
    AND NEW.series IS OLD.series AND NEW.number IS OLD.number AND NEW.fy IS OLD.fy AND NEW.seq IS OLD.seq
    AND NEW.number_sort IS OLD.number_sort AND NEW.invoice_date IS OLD.invoice_date
    AND NEW.due_date IS OLD.due_date AND NEW.po_number IS OLD.po_number AND NEW.po_date IS OLD.po_date
    AND NEW.quote_id IS OLD.quote_id AND NEW.quote_number IS OLD.quote_number
    AND NEW.quote_version IS OLD.quote_version AND NEW.against_id IS OLD.against_id
    AND NEW.against_number IS OLD.against_number AND NEW.against_date IS OLD.against_date
    AND NEW.reason IS OLD.reason AND NEW.party_id IS OLD.party_id AND NEW.party_snapshot IS OLD.party_snapshot
    AND NEW.party_name IS OLD.party_name AND NEW.party_company IS OLD.party_company
    AND NEW.sort_party IS OLD.sort_party AND NEW.ship_to IS OLD.ship_to
    AND NEW.seller_snapshot IS OLD.seller_snapshot AND NEW.seller_state IS OLD.seller_state
    AND NEW.place_of_supply IS OLD.place_of_supply AND NEW.intra_state IS OLD.intra_state
    AND NEW.reverse_charge IS OLD.reverse_charge AND NEW.gst_rate_bp IS OLD.gst_rate_bp
    AND NEW.round_off IS OLD.round_off AND NEW.transport_paise IS OLD.transport_paise
    AND NEW.subtotal_paise IS OLD.subtotal_paise AND NEW.taxable_paise IS OLD.taxable_paise
    AND NEW.gst_paise IS OLD.gst_paise AND NEW.cgst_paise IS OLD.cgst_paise AND NEW.sgst_paise IS OLD.sgst_paise
    AND NEW.igst_paise IS OLD.igst_paise AND NEW.round_off_paise IS OLD.round_off_paise
    AND NEW.grand_paise IS OLD.grand_paise AND NEW.terms IS OLD.terms AND NEW.notes IS OLD.notes
    AND NEW.search_text IS OLD.search_text AND NEW.finalized_at IS OLD.finalized_at
    AND NEW.finalized_by_name IS OLD.finalized_by_name AND NEW.created_at IS OLD.created_at
    AND NEW.created_by IS OLD.created_by AND NEW.created_by_name IS OLD.created_by_name
)
BEGIN
    SELECT RAISE(ABORT, 'final invoices are immutable');
END;

CREATE TRIGGER invoices_final_no_delete BEFORE DELETE ON invoices
WHEN OLD.status <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'final invoices are immutable');
END;

CREATE TRIGGER invoice_lines_final_no_insert BEFORE INSERT ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'final invoices are immutable');
END;

CREATE TRIGGER invoice_lines_final_no_update BEFORE UPDATE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
  OR (SELECT status FROM invoices WHERE id = NEW.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'final invoices are immutable');
END;

CREATE TRIGGER invoice_lines_final_no_delete BEFORE DELETE ON invoice_lines
WHEN (SELECT status FROM invoices WHERE id = OLD.invoice_id) <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'final invoices are immutable');
END;

CREATE TRIGGER invoice_payments_no_update BEFORE UPDATE ON invoice_payments
BEGIN
    SELECT RAISE(ABORT, 'payments are append-only');
END;

CREATE TRIGGER invoice_payments_no_delete BEFORE DELETE ON invoice_payments
BEGIN
    SELECT RAISE(ABORT, 'payments are append-only');
END;
