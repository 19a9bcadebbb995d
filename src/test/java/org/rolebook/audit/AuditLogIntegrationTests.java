package org.rolebook.audit;

import org.rolebook.CleanDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The audit log on the embedded database. */
@SpringBootTest
@Import(CleanDatabase.class)
class AuditLogIntegrationTests extends AuditLogContract {}
