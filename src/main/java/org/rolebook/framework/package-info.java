/**
 * The framework catalogue: frameworks, job families, family levels, grades, generic grade
 * profiles, the employer's standard statements, job-title lookup, grade comparison and search.
 */
@ApplicationModule(displayName = "Framework catalogue")
@NullMarked
package org.rolebook.framework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
