-- Free-text search of the audit log without reading every row. Each audit row's words (runs of letters and
-- digits of its entity id, before and after JSON, lower-cased) are kept twice, written by AuditLog in the
-- row's own transaction: as audit_terms rows (tenant, word, row) for a prefix range scan when a word is
-- rare, and as one " word word " string in audit_words for a LIKE check while walking the log newest first
-- when it is common. Neither is part of the hash chain, and neither is append-only: they are an index.
--
-- Rows written before this migration have no words; audit_terms_floor keeps the highest such id, and the
-- search reads those rows the way it did before (a substring of the raw columns).

CREATE TABLE audit_terms (
    tenant_id INTEGER NOT NULL,
    term TEXT NOT NULL,
    audit_id INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, term, audit_id)
) WITHOUT ROWID;

CREATE TABLE audit_words (
    audit_id INTEGER PRIMARY KEY,
    words TEXT NOT NULL
);

CREATE TABLE audit_terms_floor (
    audit_id INTEGER NOT NULL
);
INSERT INTO audit_terms_floor (audit_id) SELECT COALESCE(MAX(id), 0) FROM audit_log;

-- A page of a date range is found by walking the log newest first and checking each row's time (when the
-- range holds most of the log) or by reading the range from the time index (when it holds little). With the
-- time in the tenant/id index the walk reads index entries only, never the rows it passes.
DROP INDEX audit_log_tenant_id;
CREATE INDEX audit_log_tenant_id ON audit_log (tenant_id, id, at);
