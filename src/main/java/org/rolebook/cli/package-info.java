/** The command line: {@code rolebook serve | import | suggest}; batch work over the features' APIs. */
@ApplicationModule(
        displayName = "Command line",
        allowedDependencies = {"framework", "importing", "matching"})
@NullMarked
package org.rolebook.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
