/**
 * Grade suggestion: a role profile's text ({@link org.rolebook.matching.ProfileText}) against the
 * levels of every loaded job family, giving a {@link org.rolebook.matching.Suggestion} with its
 * ranking, evidence per dimension, cues and flags. The core ({@link
 * org.rolebook.matching.GradeMatcher}, {@link org.rolebook.matching.Bm25Baseline}, the reader and
 * {@code internal/}) is plain Java; {@link org.rolebook.matching.Suggestions} adapts it to the
 * catalogue and {@code web/} serves it as JSON.
 */
@ApplicationModule(displayName = "Grade suggestion", allowedDependencies = "framework")
@NullMarked
package org.rolebook.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
