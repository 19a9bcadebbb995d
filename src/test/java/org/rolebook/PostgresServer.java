package org.rolebook;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL server the persistence and API tests also run against: 127.0.0.1:5432, database
 * {@code test}, schema {@code rolebook_test}. Where no server answers, the tests are skipped,
 * and reported as such, unless {@code rolebook.postgres.required} is true (as in CI): then they fail.
 */
public final class PostgresServer {

    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=rolebook_test";

    private PostgresServer() {}

    public static void requireOrSkip() {
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            connection.isValid(2);
        } catch (SQLException e) {
            String why = "no PostgreSQL server at 127.0.0.1:5432/test: " + e.getMessage();
            if (Boolean.getBoolean("rolebook.postgres.required")) {
                fail(why + " (rolebook.postgres.required is set)");
            }
            assumeTrue(false, "PostgreSQL tests skipped: " + why);
        }
    }
}
