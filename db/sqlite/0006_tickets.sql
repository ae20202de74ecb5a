-- Support tickets (PLATFORM.md "Support tickets"): customer complaints linked to a party and one of its
-- documents, or questions from a user; public replies and internal notes; attachments kept in the database;
-- SLA rules per priority; agents with capacity and availability, and the per-shop assignment row that
-- serialises auto-assignment across desktops.
--
-- Rows with tenant_id 0 in ticket_categories and ticket_sla_rules are the installation defaults: a shop uses
-- them until an admin edits its own list, which copies them into the shop first.

CREATE TABLE ticket_categories (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL DEFAULT '',
    updated_by_name TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, code)
);

CREATE TABLE ticket_sla_rules (
    tenant_id INTEGER NOT NULL,
    priority TEXT NOT NULL CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    first_response_minutes INTEGER NOT NULL CHECK (first_response_minutes > 0),
    resolution_minutes INTEGER NOT NULL CHECK (resolution_minutes > 0),
    escalate_minutes INTEGER NOT NULL CHECK (escalate_minutes > 0),
    updated_at TEXT NOT NULL DEFAULT '',
    updated_by_name TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, priority)
);

-- Users whose role carries support.agent are agents; this row holds their capacity and availability (an
-- agent without a row has the defaults).
CREATE TABLE ticket_agents (
    tenant_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    capacity INTEGER NOT NULL DEFAULT 10 CHECK (capacity >= 0),
    available INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by_name TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, user_id)
);

-- One row per shop, locked by every ticket creation: assignments are decided one at a time, and the last
-- agent given a ticket is where the round-robin among equally loaded agents continues.
CREATE TABLE ticket_assignment (
    tenant_id INTEGER PRIMARY KEY,
    last_agent_id INTEGER NOT NULL DEFAULT 0
);

-- Requester party, user and linked document carry no foreign keys: the ticket keeps their names for history
-- when a party is hidden, and invoices arrive later under the same generic link.
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL,
    number TEXT NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    subject TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL,
    priority TEXT NOT NULL CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    status TEXT NOT NULL DEFAULT 'OPEN'
        CHECK (status IN ('OPEN', 'IN_PROGRESS', 'AWAITING_CUSTOMER', 'ESCALATED', 'RESOLVED', 'CLOSED')),
    requester_kind TEXT NOT NULL CHECK (requester_kind IN ('party', 'user')),
    requester_party_id INTEGER,
    requester_user_id INTEGER,
    requester_name TEXT NOT NULL,
    requester_contact TEXT NOT NULL DEFAULT '',
    linked_type TEXT NOT NULL DEFAULT '',
    linked_id INTEGER,
    linked_number TEXT NOT NULL DEFAULT '',
    assignee_id INTEGER,
    assignee_name TEXT NOT NULL DEFAULT '',
    first_response_due TEXT NOT NULL,
    resolution_due TEXT NOT NULL,
    escalate_at TEXT NOT NULL,
    first_response_at TEXT,
    escalated_at TEXT,
    resolved_at TEXT,
    closed_at TEXT,
    resolution_note TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL DEFAULT 0,
    created_by_name TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL DEFAULT 0,
    updated_by_name TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, number),
    UNIQUE (tenant_id, year, seq)
);
CREATE INDEX tickets_tenant_updated ON tickets (tenant_id, updated_at, id);
CREATE INDEX tickets_tenant_assignee ON tickets (tenant_id, assignee_id, status);
CREATE INDEX tickets_tenant_status ON tickets (tenant_id, status, escalate_at);
CREATE INDEX tickets_party ON tickets (tenant_id, requester_party_id);

-- kind: reply (support to requester), requester (the requester's own words), resolution (the public
-- resolution note), note (internal: never shown to the requester).
CREATE TABLE ticket_messages (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    kind TEXT NOT NULL CHECK (kind IN ('reply', 'requester', 'resolution', 'note')),
    body TEXT NOT NULL,
    author_id INTEGER NOT NULL DEFAULT 0,
    author_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX ticket_messages_ticket ON ticket_messages (ticket_id, id);

CREATE TABLE ticket_attachments (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    internal INTEGER NOT NULL DEFAULT 0,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL DEFAULT 0,
    created_by_name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ticket_attachments_ticket ON ticket_attachments (ticket_id, id);

CREATE TABLE ticket_tags (
    tenant_id INTEGER NOT NULL,
    ticket_id INTEGER NOT NULL REFERENCES tickets(id),
    tag TEXT NOT NULL,
    PRIMARY KEY (ticket_id, tag)
);
CREATE INDEX ticket_tags_tenant_tag ON ticket_tags (tenant_id, tag);

INSERT INTO ticket_categories (tenant_id, code, name, sort_order) VALUES
    (0, 'quality', 'Quality', 1),
    (0, 'delivery', 'Delivery', 2),
    (0, 'billing', 'Billing', 3),
    (0, 'product', 'Product', 4),
    (0, 'other', 'Other', 5);

INSERT INTO ticket_sla_rules (tenant_id, priority, first_response_minutes, resolution_minutes, escalate_minutes) VALUES
    (0, 'LOW', 480, 2880, 2400),
    (0, 'MEDIUM', 240, 1440, 1200),
    (0, 'HIGH', 60, 720, 600),
    (0, 'URGENT', 15, 240, 180);

-- In a shop the owner, admins and staff answer customer complaints; owners and admins also manage agents,
-- categories and SLA rules.
INSERT INTO role_permissions (role, permission) VALUES
    ('owner', 'support.agent'),
    ('owner', 'support.manage'),
    ('admin', 'support.agent'),
    ('admin', 'support.manage'),
    ('staff', 'support.agent');
