/**
 * Export of all data to one JSON file and its restore into an empty database: the framework,
 * source documents, schools, role profiles with every version and the workflow history.
 */
@ApplicationModule(
        displayName = "Backup",
        allowedDependencies = {"framework", "audit", "roleprofile"})
@NullMarked
package org.rolebook.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
