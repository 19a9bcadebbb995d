package org.rolebook.roleprofile;

/**
 * Suggests the grade of a role profile's content. Another module provides it (grade suggestion
 * over the framework); role profiles call it through this interface when a form is shown, a
 * profile is read and a profile is approved. Without one there is no advice, and approving at the
 * stated grade needs no rationale.
 */
public interface GradeAdvisor {

    GradeAdvice advise(ProfileContent content);
}
