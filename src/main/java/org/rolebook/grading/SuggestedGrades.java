package org.rolebook.grading;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.matching.ProfileText;
import org.rolebook.matching.Suggestion;
import org.rolebook.matching.Suggestions;
import org.rolebook.roleprofile.GradeAdvice;
import org.rolebook.roleprofile.GradeAdvisor;
import org.rolebook.roleprofile.ProfileContent;
import org.springframework.stereotype.Component;

/**
 * The suggested grade of a role profile's content: its fields as grade suggestion reads them
 * (the grade as the profile states it, staff responsibility, scope, accountabilities, optional
 * duties, supporting information), suggested over the catalogue in force.
 */
@Component
public class SuggestedGrades implements GradeAdvisor {

    /** The template that shows the advice in full. */
    static final String VIEW = "grading/suggestion";

    private final Suggestions suggestions;

    SuggestedGrades(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    public Suggestion suggest(ProfileContent content) {
        return suggestions.suggest(text(content));
    }

    @Override
    public GradeAdvice advise(ProfileContent content) {
        Suggestion suggestion = suggest(content);
        SuggestionView view = SuggestionView.of(suggestion, content.grade());
        return new GradeAdvice(
                level(suggestion.suggested()),
                level(suggestion.runnerUp()),
                suggestion.confidence(),
                view.status(),
                suggestion.flags().stream().map(Suggestion.Flag::message).toList(),
                VIEW,
                view);
    }

    /** The content as grade suggestion reads it; lists and texts beyond what a profile may hold are left out. */
    static ProfileText text(ProfileContent content) {
        return new ProfileText(
                cut(content.postTitle(), ProfileContent.MAX_TITLE),
                content.grade() >= 1 ? "Grade " + content.grade() : null,
                content.staffResponsibility(),
                cut(content.scope(), ProfileContent.MAX_TEXT),
                items(content.accountabilities()),
                items(content.optionalDuties()),
                items(content.additionalInformation()),
                "");
    }

    private static List<String> items(List<String> items) {
        return items.stream()
                .limit(ProfileContent.MAX_ITEMS)
                .map(item -> cut(item, ProfileContent.MAX_TEXT))
                .toList();
    }

    private static String cut(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most);
    }

    private static GradeAdvice.@Nullable Level level(Suggestion.@Nullable Placement placement) {
        return placement == null
                ? null
                : new GradeAdvice.Level(placement.familySlug(), placement.familyName(), placement.grade());
    }
}
