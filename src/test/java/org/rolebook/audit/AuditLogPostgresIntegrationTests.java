package org.rolebook.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.rolebook.PostgresServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;

/** The audit log on PostgreSQL, where truncating the table is refused too. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=" + PostgresServer.URL,
            "spring.datasource.username=postgres",
            "spring.datasource.password=",
            "spring.flyway.schemas=rolebook_test",
            "spring.flyway.create-schemas=true"
        })
@Import(CleanDatabase.class)
class AuditLogPostgresIntegrationTests extends AuditLogContract {

    @BeforeAll
    static void needsPostgres() {
        PostgresServer.requireOrSkip();
    }

    @Test
    void truncateIsRefused() {
        assertThatThrownBy(() -> jdbc.sql("truncate table audit_entry").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }
}
