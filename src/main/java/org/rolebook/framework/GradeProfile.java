package org.rolebook.framework;

/**
 * The generic grade profile of a grade, common to every family: "Grade Profile - Level Five –
 * Operative / Support (Grade 5)" with its purpose, scope of work, accountabilities, skills and
 * performance measures.
 *
 * @param heading the heading as written
 * @param levelName such as "Level Five"
 * @param title such as "Operative / Support"
 */
public record GradeProfile(
        Grade grade,
        String heading,
        String levelName,
        String title,
        TextBlock purpose,
        TextBlock scopeOfWork,
        TextBlock accountabilities,
        TextBlock skillsKnowledgeExperience,
        TextBlock performanceMeasures) {

    public GradeProfile {
        if (heading.isBlank()) {
            throw new IllegalArgumentException("a grade profile needs its heading");
        }
    }
}
