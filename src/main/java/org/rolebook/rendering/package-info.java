/**
 * Official documents: a role profile as the Operational Context Form (HTML to read and print, PDF
 * and DOCX to send) and a family matrix as a landscape PDF, each from one layout definition.
 */
@ApplicationModule(
        displayName = "Official documents",
        allowedDependencies = {"framework", "importing"})
@NullMarked
package org.rolebook.rendering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
