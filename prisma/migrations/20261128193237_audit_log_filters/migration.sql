-- CreateIndex
CREATE INDEX "AuditEvent_actorOrgId_id_idx" ON "AuditEvent"("actorOrgId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_action_id_idx" ON "AuditEvent"("action", "id");
