package org.rolebook.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The embedded database's guard of the audit log: any update or delete of an entry fails.
 * PostgreSQL has the same guard as a PL/pgSQL trigger.
 */
public final class AppendOnly implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "the audit log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " is refused", "27000");
    }
}
