from django.db import migrations

# The audit trail is append-only in the database itself: UPDATE is always refused,
# and DELETE only inside a transaction that has set silta.audit_purge = 'on' (the
# retention job, which removes whole expired periods and writes that it did so).
# TRUNCATE stays possible for the table owner: test runs empty tables with it.
FORWARD = """
CREATE FUNCTION counselling_audit_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('silta.audit_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER counselling_auditevent_append_only
    BEFORE UPDATE OR DELETE ON counselling_auditevent
    FOR EACH ROW EXECUTE FUNCTION counselling_audit_append_only();
"""

BACKWARD = """
DROP TRIGGER counselling_auditevent_append_only ON counselling_auditevent;
DROP FUNCTION counselling_audit_append_only();
"""


class Migration(migrations.Migration):
    dependencies = [("counselling", "0001_initial")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
