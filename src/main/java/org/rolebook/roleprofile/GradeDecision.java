package org.rolebook.roleprofile;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.Grade;

/**
 * An evaluator's decision on the grade of a role profile, recorded when a version is approved:
 * the grade suggested for that version, the grade approved, and why, when the two differ.
 *
 * @param suggestedFamily the family of the suggested level; null when nothing was suggested
 * @param suggestedGrade the suggested grade; null when nothing was suggested
 * @param confidence the suggestion's confidence, 0 when nothing was suggested
 * @param version the version approved: the one submitted, or the one saved with the decided grade
 *     when a panel approved another grade than the profile states
 * @param statedGrade the grade the profile stated when it was submitted; null for a decision recorded
 *     before decisions kept it, where the panel approved another grade
 * @param rationale why the decided grade is right; required when it differs from the suggestion or
 *     from the grade the profile states, or when nothing was suggested
 */
public record GradeDecision(
        long profileId,
        int version,
        @Nullable Grade statedGrade,
        @Nullable String suggestedFamily,
        @Nullable Grade suggestedGrade,
        double confidence,
        String decidedFamily,
        Grade decidedGrade,
        @Nullable String rationale,
        String decidedBy,
        Instant decidedAt) {

    public static final int MAX_RATIONALE = ProfileContent.MAX_TEXT;

    public GradeDecision {
        rationale = rationale == null || rationale.isBlank() ? null : rationale.strip();
    }

    /**
     * The decision to approve the profile's current version at its own family and grade. Refused,
     * naming the field "rationale", when that goes against the suggestion and no rationale is given.
     */
    static GradeDecision approving(
            RoleProfile profile, @Nullable GradeAdvice advice, @Nullable String rationale, Actor actor, Instant at) {
        return approving(profile, profile.content(), profile.currentVersion(), advice, rationale, actor, at);
    }

    /**
     * The decision to approve a submitted profile at the grade of {@code decided}: its own content,
     * or its content with the grade a panel decided instead of the one the profile states, to be
     * approved as a new version. Refused, naming the field "rationale", when no rationale is given
     * and the decided grade is not the stated one or goes against the suggestion.
     *
     * @param profile the profile as submitted, stating its grade
     * @param version the version that is approved
     * @param advice the suggestion for {@code decided}
     */
    static GradeDecision approving(
            RoleProfile profile,
            ProfileContent decided,
            int version,
            @Nullable GradeAdvice advice,
            @Nullable String rationale,
            Actor actor,
            Instant at) {
        int stated = profile.content().grade();
        String why = rationale == null ? "" : rationale.strip();
        if (why.length() > MAX_RATIONALE) {
            throw refused("The rationale must be " + MAX_RATIONALE + " characters or fewer");
        }
        GradeAdvice.Level suggested = advice == null ? null : advice.suggested();
        boolean againstSuggestion = advice != null && advice.disagreesWith(decided.familySlug(), decided.grade());
        if (why.isEmpty() && decided.grade() != stated) {
            String suggestion = !againstSuggestion
                    ? ""
                    : suggested.grade().number() == stated
                                    && suggested.familySlug().equals(decided.familySlug())
                            ? ", the suggested grade"
                            : " and the suggested grade is " + suggested.grade().label();
            throw refused("Give the rationale for approving at Grade %d: the profile states Grade %d%s"
                    .formatted(decided.grade(), stated, suggestion));
        }
        if (why.isEmpty() && againstSuggestion) {
            throw refused("Give the rationale for approving Grade %d: the suggested grade is %s"
                    .formatted(decided.grade(), suggested.grade().label()));
        }
        if (why.isEmpty() && suggested == null) {
            // a grade nothing but the school's own word supports: the panel's reasons are the record
            throw refused(("Give the rationale for approving Grade %d: there is no suggested grade to agree with it"
                            + " (the text is not enough to judge, or the post is outside the loaded families)")
                    .formatted(decided.grade()));
        }
        return new GradeDecision(
                profile.id(),
                version,
                Grade.of(stated),
                suggested == null ? null : suggested.familySlug(),
                suggested == null ? null : suggested.grade(),
                suggested == null ? 0 : advice.confidence(),
                decided.familySlug(),
                Grade.of(decided.grade()),
                why,
                actor.name(),
                at);
    }

    /** Whether the grade approved is the one suggested. */
    public boolean followsSuggestion() {
        return suggestedGrade != null && suggestedGrade.equals(decidedGrade) && decidedFamily.equals(suggestedFamily);
    }

    private static InvalidProfile refused(String message) {
        return new InvalidProfile(List.of(new FieldError("rationale", message)));
    }
}
