/**
 * Import of legacy documents: job family profile summaries and role profile forms as
 * tab-exported text. Each file gets an {@link org.rolebook.importing.ImportReport}.
 */
@ApplicationModule(
        displayName = "Importing",
        allowedDependencies = {"framework", "roleprofile", "matching"})
@NullMarked
package org.rolebook.importing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
