package org.rolebook;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** The catalogue contract on the embedded database. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class CatalogueIntegrationTests extends CatalogueContract {}
