-- Accounts: sign-in state, two-factor, roles and permissions as data, and the audit log.

ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;
ALTER TABLE users ADD COLUMN last_signin_at TEXT;
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_enabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT 0;

-- Ten single-use codes per enrolment, stored hashed; used_at marks a spent code.
CREATE TABLE user_backup_codes (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX user_backup_codes_user ON user_backup_codes (user_id);

CREATE TABLE permissions (
    name TEXT PRIMARY KEY,
    description TEXT NOT NULL
);

CREATE TABLE role_permissions (
    role TEXT NOT NULL,
    permission TEXT NOT NULL REFERENCES permissions(name),
    PRIMARY KEY (role, permission)
);

-- Append-only, hash-chained per tenant (tenant 0: platform and installation events).
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor_id INTEGER NOT NULL DEFAULT 0,
    actor_name TEXT NOT NULL DEFAULT '',
    workstation TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL DEFAULT '',
    entity_id TEXT NOT NULL DEFAULT '',
    before_json TEXT NOT NULL DEFAULT '{}',
    after_json TEXT NOT NULL DEFAULT '{}',
    result TEXT NOT NULL DEFAULT 'ok',
    prev_hash TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    UNIQUE (tenant_id, seq)
);
CREATE INDEX audit_log_tenant_at ON audit_log (tenant_id, at);
CREATE INDEX audit_log_tenant_action ON audit_log (tenant_id, action);

-- The head of each tenant's chain; writers lock this row, so concurrent desktops keep one chain.
CREATE TABLE audit_chain (
    tenant_id INTEGER PRIMARY KEY,
    last_seq INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

INSERT INTO permissions (name, description) VALUES
    ('costing.use', 'use the box calculator'),
    ('masters.view', 'view paper and costing masters'),
    ('masters.edit', 'edit paper and costing masters'),
    ('parties.view', 'view parties'),
    ('parties.edit', 'add and edit parties'),
    ('quotes.view', 'view quotes'),
    ('quotes.edit', 'create and edit quotes'),
    ('invoices.view', 'view invoices'),
    ('invoices.edit', 'create and edit draft invoices'),
    ('invoices.finalize', 'finalise and cancel invoices'),
    ('reports.view', 'view reports'),
    ('users.view', 'view users'),
    ('users.manage', 'manage users'),
    ('audit.view', 'view the audit log'),
    ('audit.export', 'export the audit log'),
    ('settings.edit', 'edit the company profile and settings'),
    ('tickets.view', 'view support tickets'),
    ('tickets.edit', 'create and answer support tickets'),
    ('subscription.view', 'view the subscription of the shop'),
    ('platform.tenants', 'manage shops (tenants)'),
    ('platform.plans', 'manage plans and features'),
    ('platform.subscriptions', 'manage subscriptions'),
    ('platform.coupons', 'manage coupons'),
    ('platform.audit', 'view the platform audit log'),
    ('support.agent', 'work on support tickets as an agent'),
    ('support.manage', 'manage support agents and SLA rules');

INSERT INTO role_permissions (role, permission) VALUES
    ('owner', 'costing.use'),
    ('owner', 'masters.view'),
    ('owner', 'masters.edit'),
    ('owner', 'parties.view'),
    ('owner', 'parties.edit'),
    ('owner', 'quotes.view'),
    ('owner', 'quotes.edit'),
    ('owner', 'invoices.view'),
    ('owner', 'invoices.edit'),
    ('owner', 'invoices.finalize'),
    ('owner', 'reports.view'),
    ('owner', 'users.view'),
    ('owner', 'users.manage'),
    ('owner', 'audit.view'),
    ('owner', 'audit.export'),
    ('owner', 'settings.edit'),
    ('owner', 'tickets.view'),
    ('owner', 'tickets.edit'),
    ('owner', 'subscription.view'),
    ('admin', 'costing.use'),
    ('admin', 'masters.view'),
    ('admin', 'masters.edit'),
    ('admin', 'parties.view'),
    ('admin', 'parties.edit'),
    ('admin', 'quotes.view'),
    ('admin', 'quotes.edit'),
    ('admin', 'invoices.view'),
    ('admin', 'invoices.edit'),
    ('admin', 'invoices.finalize'),
    ('admin', 'reports.view'),
    ('admin', 'users.view'),
    ('admin', 'users.manage'),
    ('admin', 'audit.view'),
    ('admin', 'audit.export'),
    ('admin', 'settings.edit'),
    ('admin', 'tickets.view'),
    ('admin', 'tickets.edit'),
    ('admin', 'subscription.view'),
    ('staff', 'costing.use'),
    ('staff', 'masters.view'),
    ('staff', 'parties.view'),
    ('staff', 'parties.edit'),
    ('staff', 'quotes.view'),
    ('staff', 'quotes.edit'),
    ('staff', 'invoices.view'),
    ('staff', 'invoices.edit'),
    ('staff', 'reports.view'),
    ('staff', 'tickets.view'),
    ('staff', 'tickets.edit'),
    ('staff', 'subscription.view'),
    ('viewer', 'masters.view'),
    ('viewer', 'parties.view'),
    ('viewer', 'quotes.view'),
    ('viewer', 'invoices.view'),
    ('viewer', 'reports.view'),
    ('viewer', 'users.view'),
    ('viewer', 'audit.view'),
    ('viewer', 'tickets.view'),
    ('viewer', 'subscription.view'),
    ('super_admin', 'platform.tenants'),
    ('super_admin', 'platform.plans'),
    ('super_admin', 'platform.subscriptions'),
    ('super_admin', 'platform.coupons'),
    ('super_admin', 'platform.audit'),
    ('super_admin', 'audit.view'),
    ('super_admin', 'audit.export'),
    ('super_admin', 'users.view'),
    ('super_admin', 'users.manage'),
    ('super_admin', 'support.manage'),
    ('super_admin', 'tickets.view'),
    ('support_agent', 'support.agent'),
    ('support_agent', 'tickets.view'),
    ('support_agent', 'tickets.edit'),
    ('support_manager', 'support.agent'),
    ('support_manager', 'support.manage'),
    ('support_manager', 'tickets.view'),
    ('support_manager', 'tickets.edit'),
    ('support_manager', 'reports.view'),
    ('marketing', 'platform.coupons'),
    ('marketing', 'platform.plans'),
    ('finance', 'platform.subscriptions'),
    ('finance', 'platform.tenants'),
    ('finance', 'reports.view');
