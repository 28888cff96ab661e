-- A snapshot is what an agency sent: once written it never changes. Refuse UPDATE and DELETE at the
-- database itself, as for the audit log (TRUNCATE, used only by tests, is not a row operation).
CREATE FUNCTION "submission_snapshot_immutable"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'SubmissionSnapshot is immutable';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "SubmissionSnapshot_immutable"
  BEFORE UPDATE OR DELETE ON "SubmissionSnapshot"
  FOR EACH ROW EXECUTE FUNCTION "submission_snapshot_immutable"();
