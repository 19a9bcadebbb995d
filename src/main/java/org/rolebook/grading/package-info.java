/**
 * Grade advice on role profiles: grade suggestion ({@code matching}) applied to the role profiles
 * of {@code roleprofile}, which never depends on it. It provides the role profile module's {@link
 * org.rolebook.roleprofile.GradeAdvisor} (the suggestion beside a form, on a profile's page and at
 * approval), the panel that shows a suggestion with its evidence, and the live panel's endpoint.
 */
@ApplicationModule(
        displayName = "Grade advice",
        allowedDependencies = {"framework", "roleprofile", "matching"})
@NullMarked
package org.rolebook.grading;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
