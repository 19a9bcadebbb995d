/**
 * Access: sign-in, the four roles (HR admin, evaluator, school editor bound to schools, viewer),
 * CSRF protection and secure headers. Other modules learn who is asking from {@link org.rolebook.security.CurrentUser}.
 */
@ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"framework", "audit"})
@NullMarked
package org.rolebook.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
