package org.rolebook;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** The catalogue contract on PostgreSQL. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=" + PostgresServer.URL,
            "spring.datasource.username=postgres",
            "spring.datasource.password=",
            "spring.flyway.schemas=rolebook_test",
            "spring.flyway.create-schemas=true"
        })
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class CataloguePostgresIntegrationTests extends CatalogueContract {

    @BeforeAll
    static void needsPostgres() {
        PostgresServer.requireOrSkip();
    }
}
