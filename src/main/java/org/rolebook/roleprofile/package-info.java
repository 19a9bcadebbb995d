/**
 * Role profiles: schools, the role profile of every post, its versions and its workflow from
 * draft to approved. Each profile belongs to a school, a job family and a grade.
 */
@ApplicationModule(
        displayName = "Role profiles",
        allowedDependencies = {"framework", "security", "audit"})
@NullMarked
package org.rolebook.roleprofile;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
