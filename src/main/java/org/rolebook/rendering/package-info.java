/**
 * Official documents: a role profile (stored, or a form file) as the Operational Context Form
 * (HTML to read and print, PDF and DOCX to send) and a family matrix as a landscape PDF, each from
 * one layout definition. Downloads live here, so that role profiles never need this module.
 */
@ApplicationModule(
        displayName = "Official documents",
        allowedDependencies = {"framework", "importing", "roleprofile"})
@NullMarked
package org.rolebook.rendering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
