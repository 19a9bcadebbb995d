package org.rolebook.roleprofile;

import org.rolebook.CleanDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Role profiles on the embedded database. */
@SpringBootTest
@Import(CleanDatabase.class)
class RoleProfilesIntegrationTests extends RoleProfilesContract {}
