/** The web shell: layout, home page, error pages and API problem details. Depends on features, never the reverse. */
@ApplicationModule(displayName = "Web", allowedDependencies = "framework")
@NullMarked
package org.rolebook.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
