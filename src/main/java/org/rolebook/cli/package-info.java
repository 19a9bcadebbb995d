/** The command line: {@code rolebook serve | import | suggest | render | export | restore | user | school}; batch work over the features' APIs. */
@ApplicationModule(
        displayName = "Command line",
        allowedDependencies = {"framework", "importing", "matching", "rendering", "backup", "roleprofile", "security"})
@NullMarked
package org.rolebook.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
