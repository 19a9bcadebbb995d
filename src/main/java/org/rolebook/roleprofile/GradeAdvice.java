package org.rolebook.roleprofile;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.Grade;

/**
 * What grade suggestion makes of a role profile's content, as far as role profiles use it: the
 * level it suggests, the runner-up, how confident it is, and its flags. Role profiles do not work
 * this out; a {@link GradeAdvisor} of another module does, so this module never depends on how.
 *
 * @param suggested the suggested level; null when there is not enough to judge
 * @param runnerUp the next best level, when there is one
 * @param confidence from 0 (a guess) to 1
 * @param status the suggestion's standing in words, such as "Tentative"
 * @param flags where the content contradicts itself or the framework, in words
 * @param view the template that shows the advice in full; it has the fragment {@code advice(advice)}
 * @param details what that template reads besides these fields, such as the evidence
 */
public record GradeAdvice(
        @Nullable Level suggested,
        @Nullable Level runnerUp,
        double confidence,
        String status,
        List<String> flags,
        String view,
        @Nullable Object details) {

    public GradeAdvice {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence is between 0 and 1, was " + confidence);
        }
        flags = List.copyOf(flags);
    }

    /** A grade of a job family. */
    public record Level(String familySlug, String familyName, Grade grade) {}

    /** Whether a profile of this family and grade goes against the suggestion; never when nothing is suggested. */
    public boolean disagreesWith(String familySlug, int grade) {
        return suggested != null
                && (!suggested.familySlug().equals(familySlug)
                        || suggested.grade().number() != grade);
    }
}
