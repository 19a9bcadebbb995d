/**
 * The audit log: every sign-in (and failed attempt), every change to the framework, role profiles,
 * their workflow, schools, users and API tokens, with who, when, what and the values before and
 * after. Entries are only ever added: no page, API or command changes or deletes one, and the
 * database refuses it too. Other modules record through {@link org.rolebook.audit.AuditLog};
 * this module depends on none of them.
 */
@ApplicationModule(
        displayName = "Audit log",
        allowedDependencies = {})
@NullMarked
package org.rolebook.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
