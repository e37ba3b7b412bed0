package io.plancycle.audit;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * An H2 statement trigger before UPDATE and DELETE on every audit table ({@code V5__audit.sql}): rows may be added,
 * never changed or removed, whoever asks, so the audit trail cannot be rewritten through the application's database
 * connection either.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The audit trail is append-only: rows of " + table + " cannot be changed or deleted",
                "HY000");
    }
}
