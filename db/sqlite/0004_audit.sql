-- Audit pane and exports: every filter reads one index range newest first. Each index starts with the
-- tenant and ends with id, so `WHERE tenant_id = ? AND <filter> AND id < ? ORDER BY id DESC LIMIT n` (a
-- keyset page) walks the index backwards and stops after n rows, however long the log is.

CREATE INDEX audit_log_tenant_id ON audit_log (tenant_id, id);
CREATE INDEX audit_log_tenant_actor ON audit_log (tenant_id, actor_name, id);
CREATE INDEX audit_log_tenant_entity ON audit_log (tenant_id, entity_type, id);

DROP INDEX audit_log_tenant_action;
CREATE INDEX audit_log_tenant_action ON audit_log (tenant_id, action, id);
