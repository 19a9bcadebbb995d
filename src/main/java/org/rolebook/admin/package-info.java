/**
 * Administration pages: a user's own account (change password, their API tokens) and, for HR
 * admins, the users: add one, change role and schools, disable, enable, unlock, reset a password,
 * revoke a token. Pages over the security module's services, with schools by name from role profiles.
 */
@ApplicationModule(
        displayName = "Administration",
        allowedDependencies = {"framework", "security", "roleprofile"})
@NullMarked
package org.rolebook.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
