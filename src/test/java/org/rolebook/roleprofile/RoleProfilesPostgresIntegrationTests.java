package org.rolebook.roleprofile;

import org.junit.jupiter.api.BeforeAll;
import org.rolebook.CleanDatabase;
import org.rolebook.PostgresServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Role profiles on PostgreSQL. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=" + PostgresServer.URL,
            "spring.datasource.username=postgres",
            "spring.datasource.password=",
            "spring.flyway.schemas=rolebook_test",
            "spring.flyway.create-schemas=true"
        })
@Import(CleanDatabase.class)
class RoleProfilesPostgresIntegrationTests extends RoleProfilesContract {

    @BeforeAll
    static void needsPostgres() {
        PostgresServer.requireOrSkip();
    }
}
