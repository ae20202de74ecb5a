-- Plans, subscriptions, entitlements and coupons (PLATFORM.md "Plans, subscriptions, entitlements, coupons").
-- Features and plans are the vendor's catalogue; a plan is never edited in place: each edit is a new row of
-- plan_versions with its own feature matrix, and a subscription points at the version it is on until it
-- renews. Period dates are whole UTC days as 'YYYY-MM-DD', a period being [period_start, period_end).
-- Quotas of -1 mean no limit.

CREATE TABLE features (
    feature_key TEXT PRIMARY KEY,
    category TEXT NOT NULL CHECK (category IN ('quoting', 'invoicing', 'documents', 'parties', 'support',
                                               'administration', 'integrations')),
    name TEXT NOT NULL,
    quota_unit TEXT NOT NULL DEFAULT '' CHECK (quota_unit IN ('', 'month', 'total')),
    sort_order INTEGER NOT NULL
);

CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    sort_order INTEGER NOT NULL,
    current_version_id INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE plan_versions (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id),
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    price_paise INTEGER NOT NULL CHECK (price_paise >= 0),
    trial_days INTEGER NOT NULL CHECK (trial_days >= 0),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by_name TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, version)
);

CREATE TABLE plan_features (
    plan_version_id INTEGER NOT NULL REFERENCES plan_versions(id),
    feature_key TEXT NOT NULL REFERENCES features(feature_key),
    enabled INTEGER NOT NULL,
    quota INTEGER NOT NULL DEFAULT -1 CHECK (quota >= -1),
    PRIMARY KEY (plan_version_id, feature_key)
);

-- One row per shop once the vendor acts on it; a shop without a row is on the implicit trial (see
-- SubscriptionService). Only stored statuses appear here: PAST_DUE is derived from the dates when read.
CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL UNIQUE REFERENCES tenants(id),
    plan_version_id INTEGER NOT NULL REFERENCES plan_versions(id),
    status TEXT NOT NULL CHECK (status IN ('TRIAL', 'ACTIVE', 'EXPIRED', 'CANCELLED', 'SUSPENDED')),
    trial_end TEXT,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    cancel_at_period_end INTEGER NOT NULL DEFAULT 0,
    cancelled_at TEXT,
    suspended_at TEXT,
    resume_status TEXT NOT NULL DEFAULT '',
    status_note TEXT NOT NULL DEFAULT '',
    credit_paise INTEGER NOT NULL DEFAULT 0 CHECK (credit_paise >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by_name TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX subscriptions_version ON subscriptions (plan_version_id);

CREATE TABLE subscription_events (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    from_status TEXT NOT NULL DEFAULT '',
    to_status TEXT NOT NULL DEFAULT '',
    from_plan TEXT NOT NULL DEFAULT '',
    to_plan TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    actor_id INTEGER NOT NULL DEFAULT 0,
    actor_name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX subscription_events_tenant ON subscription_events (tenant_id, id);

-- Subscription invoices: the vendor's own gapless series SUB/{FY}/{seq:5} (counter of tenant 0), with the
-- buyer's details as they were when the invoice was raised.
CREATE TABLE subscription_charges (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL,
    number TEXT NOT NULL UNIQUE,
    charge_date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('activation', 'renewal', 'upgrade')),
    description TEXT NOT NULL,
    plan_code TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    amount_paise INTEGER NOT NULL,
    discount_paise INTEGER NOT NULL DEFAULT 0,
    credit_applied_paise INTEGER NOT NULL DEFAULT 0,
    taxable_paise INTEGER NOT NULL,
    gst_rate_bp INTEGER NOT NULL,
    gst_paise INTEGER NOT NULL,
    cgst_paise INTEGER NOT NULL,
    sgst_paise INTEGER NOT NULL,
    igst_paise INTEGER NOT NULL,
    round_off_paise INTEGER NOT NULL,
    total_paise INTEGER NOT NULL,
    coupon_code TEXT NOT NULL DEFAULT '',
    tenant_name TEXT NOT NULL,
    tenant_state TEXT NOT NULL DEFAULT '',
    tenant_gstin TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX subscription_charges_tenant ON subscription_charges (tenant_id, id);

-- user_id 0: the whole shop. removed_at marks an override taken back before it expired.
CREATE TABLE entitlement_overrides (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenants(id),
    user_id INTEGER NOT NULL DEFAULT 0,
    feature_key TEXT NOT NULL REFERENCES features(feature_key),
    enabled INTEGER NOT NULL,
    quota INTEGER NOT NULL DEFAULT -1 CHECK (quota >= -1),
    reason TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by_name TEXT NOT NULL DEFAULT '',
    removed_at TEXT
);
CREATE INDEX entitlement_overrides_tenant ON entitlement_overrides (tenant_id, feature_key, user_id);

-- Codes are stored upper-case; allowed_plans is a comma-separated list of plan codes (empty: every plan).
-- valid_until is exclusive; NULL has no end. max_uses and max_uses_per_tenant 0 mean no limit.
CREATE TABLE coupons (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('percent', 'fixed')),
    percent INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    amount_paise INTEGER NOT NULL DEFAULT 0 CHECK (amount_paise >= 0),
    valid_from TEXT NOT NULL,
    valid_until TEXT,
    max_uses INTEGER NOT NULL DEFAULT 0 CHECK (max_uses >= 0),
    max_uses_per_tenant INTEGER NOT NULL DEFAULT 1 CHECK (max_uses_per_tenant >= 0),
    allowed_plans TEXT NOT NULL DEFAULT '',
    minimum_paise INTEGER NOT NULL DEFAULT 0 CHECK (minimum_paise >= 0),
    active INTEGER NOT NULL DEFAULT 1,
    batch TEXT NOT NULL DEFAULT '',
    used_count INTEGER NOT NULL DEFAULT 0,
    discount_given_paise INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by_name TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by_name TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX coupons_batch ON coupons (batch, id);

-- charge_id 0: redeemed, waiting for the shop's next activation or renewal invoice.
CREATE TABLE coupon_redemptions (
    id INTEGER PRIMARY KEY,
    coupon_id INTEGER NOT NULL REFERENCES coupons(id),
    tenant_id INTEGER NOT NULL REFERENCES tenants(id),
    plan_code TEXT NOT NULL,
    amount_paise INTEGER NOT NULL,
    discount_paise INTEGER NOT NULL,
    charge_id INTEGER NOT NULL DEFAULT 0,
    redeemed_at TEXT NOT NULL,
    actor_name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX coupon_redemptions_coupon ON coupon_redemptions (coupon_id, tenant_id);
CREATE INDEX coupon_redemptions_tenant ON coupon_redemptions (tenant_id, charge_id);

INSERT INTO features (feature_key, category, name, quota_unit, sort_order) VALUES
    ('quoting.calculator', 'quoting', 'Box costing calculator', '', 1),
    ('quoting.quotes', 'quoting', 'Quotes', 'month', 2),
    ('quoting.versions', 'quoting', 'Quote versions and restore', '', 3),
    ('invoicing.invoices', 'invoicing', 'GST tax invoices', '', 4),
    ('invoicing.credit_notes', 'invoicing', 'Credit notes', '', 5),
    ('documents.pdf', 'documents', 'PDF and printing', '', 6),
    ('documents.layouts', 'documents', 'Invoice layouts', 'total', 7),
    ('documents.email', 'documents', 'E-mail sending', 'month', 8),
    ('parties.directory', 'parties', 'Party directory', '', 9),
    ('parties.import', 'parties', 'Party import and export', '', 10),
    ('support.tickets', 'support', 'Support tickets', '', 11),
    ('support.priority', 'support', 'Priority support', '', 12),
    ('administration.users', 'administration', 'Users', 'total', 13),
    ('administration.audit', 'administration', 'Audit log and export', '', 14),
    ('administration.reports', 'administration', 'Reports', '', 15),
    ('integrations.whatsapp', 'integrations', 'WhatsApp sharing', '', 16),
    ('integrations.payment_links', 'integrations', 'Payment links (Razorpay, Stripe)', '', 17);

INSERT INTO plans (id, code, sort_order, current_version_id) VALUES
    (1, 'free', 1, 1),
    (2, 'basic', 2, 2),
    (3, 'pro', 3, 3),
    (4, 'enterprise', 4, 4);

INSERT INTO plan_versions (id, plan_id, version, name, price_paise, trial_days, note, created_at, created_by_name) VALUES
    (1, 1, 1, 'Free', 0, 0, 'Launch plan', '2026-01-01T00:00:00.000Z', 'BoxCostPro'),
    (2, 2, 1, 'Basic', 49900, 14, 'Launch plan', '2026-01-01T00:00:00.000Z', 'BoxCostPro'),
    (3, 3, 1, 'Pro', 149900, 14, 'Launch plan', '2026-01-01T00:00:00.000Z', 'BoxCostPro'),
    (4, 4, 1, 'Enterprise', 499900, 30, 'Launch plan', '2026-01-01T00:00:00.000Z', 'BoxCostPro');

INSERT INTO plan_features (plan_version_id, feature_key, enabled, quota) VALUES
    (1, 'quoting.calculator', 1, -1),
    (1, 'quoting.quotes', 1, 20),
    (1, 'quoting.versions', 0, -1),
    (1, 'invoicing.invoices', 1, -1),
    (1, 'invoicing.credit_notes', 0, -1),
    (1, 'documents.pdf', 1, -1),
    (1, 'documents.layouts', 1, 1),
    (1, 'documents.email', 0, 0),
    (1, 'parties.directory', 1, -1),
    (1, 'parties.import', 0, -1),
    (1, 'support.tickets', 1, -1),
    (1, 'support.priority', 0, -1),
    (1, 'administration.users', 1, 1),
    (1, 'administration.audit', 0, -1),
    (1, 'administration.reports', 0, -1),
    (1, 'integrations.whatsapp', 0, -1),
    (1, 'integrations.payment_links', 0, -1),
    (2, 'quoting.calculator', 1, -1),
    (2, 'quoting.quotes', 1, 200),
    (2, 'quoting.versions', 1, -1),
    (2, 'invoicing.invoices', 1, -1),
    (2, 'invoicing.credit_notes', 1, -1),
    (2, 'documents.pdf', 1, -1),
    (2, 'documents.layouts', 1, 2),
    (2, 'documents.email', 1, 100),
    (2, 'parties.directory', 1, -1),
    (2, 'parties.import', 1, -1),
    (2, 'support.tickets', 1, -1),
    (2, 'support.priority', 0, -1),
    (2, 'administration.users', 1, 3),
    (2, 'administration.audit', 0, -1),
    (2, 'administration.reports', 1, -1),
    (2, 'integrations.whatsapp', 1, -1),
    (2, 'integrations.payment_links', 0, -1),
    (3, 'quoting.calculator', 1, -1),
    (3, 'quoting.quotes', 1, 2000),
    (3, 'quoting.versions', 1, -1),
    (3, 'invoicing.invoices', 1, -1),
    (3, 'invoicing.credit_notes', 1, -1),
    (3, 'documents.pdf', 1, -1),
    (3, 'documents.layouts', 1, 5),
    (3, 'documents.email', 1, 1000),
    (3, 'parties.directory', 1, -1),
    (3, 'parties.import', 1, -1),
    (3, 'support.tickets', 1, -1),
    (3, 'support.priority', 0, -1),
    (3, 'administration.users', 1, 10),
    (3, 'administration.audit', 1, -1),
    (3, 'administration.reports', 1, -1),
    (3, 'integrations.whatsapp', 1, -1),
    (3, 'integrations.payment_links', 1, -1),
    (4, 'quoting.calculator', 1, -1),
    (4, 'quoting.quotes', 1, -1),
    (4, 'quoting.versions', 1, -1),
    (4, 'invoicing.invoices', 1, -1),
    (4, 'invoicing.credit_notes', 1, -1),
    (4, 'documents.pdf', 1, -1),
    (4, 'documents.layouts', 1, -1),
    (4, 'documents.email', 1, -1),
    (4, 'parties.directory', 1, -1),
    (4, 'parties.import', 1, -1),
    (4, 'support.tickets', 1, -1),
    (4, 'support.priority', 1, -1),
    (4, 'administration.users', 1, -1),
    (4, 'administration.audit', 1, -1),
    (4, 'administration.reports', 1, -1),
    (4, 'integrations.whatsapp', 1, -1),
    (4, 'integrations.payment_links', 1, -1);

-- The vendor's identity on subscription invoices (tenant 0: installation-wide settings).
INSERT INTO settings (tenant_id, key, value) VALUES
    (0, 'vendor.name', 'BoxCostPro Software'),
    (0, 'vendor.address', 'Pune, Maharashtra'),
    (0, 'vendor.state_code', '27'),
    (0, 'vendor.gstin', ''),
    (0, 'vendor.email', 'billing@boxcostpro.in');

INSERT INTO permissions (name, description) VALUES
    ('subscription.manage', 'apply coupons to the subscription of the shop');

INSERT INTO role_permissions (role, permission) VALUES
    ('owner', 'subscription.manage'),
    ('admin', 'subscription.manage');
