package org.rolebook.roleprofile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Named role profiles and schools for tests. */
public final class Fixtures {

    /**
     * A rationale for approving a fixture at its own grade, for tests about something else: a
     * profile as short as {@link #pupilSupportWorkerGrade5()} may be suggested another grade.
     */
    public static final String RATIONALE = "Graded by the panel against the full Grade 5 form of the post";

    private Fixtures() {}

    /**
     * Asserts that a refused approval changed nothing: the profile is still submitted, at the same
     * version and lock, with the same content and versions, and no grade decision was recorded.
     */
    public static void assertApprovalChangedNothing(RoleProfiles profiles, RoleProfile submitted) {
        RoleProfile now = profiles.get(submitted.id());
        assertThat(now.status()).isEqualTo(Status.SUBMITTED);
        assertThat(now.currentVersion()).isEqualTo(submitted.currentVersion());
        assertThat(now.lockVersion()).isEqualTo(submitted.lockVersion());
        assertThat(now.content()).isEqualTo(submitted.content());
        assertThat(profiles.versions(submitted.id())).hasSize(submitted.currentVersion());
        assertThat(profiles.decisions(submitted.id())).isEmpty();
    }

    /** The seed form's Pupil Support Worker, as a school editor would type it (with a real date). */
    public static ProfileContent pupilSupportWorkerGrade5() {
        return new ProfileContent(
                "Pupil Support Worker",
                "student-support-services",
                5,
                "No",
                "No",
                "In liaison with teaching staff, mentor or support pupils directly to overcome barriers to learning",
                List.of(
                        "Liaise with teaching staff to provide particular support to targeted pupils to raise achievement and attendance and help them to overcome barriers to learning including nurture groups.",
                        "Provide input to the identification of needs, assessing those pupils needing extra support and the development of individual action plans for targeted pupils",
                        "Work in a one-to-one relationship with targeted pupils to implement an action plan",
                        "Assist in maintaining contact with pupils’ families/carers to inform them of progress and issues",
                        "Monitor and analyse data on pupil punctuality, attendance and achievement for use by other staff."),
                List.of(
                        "Assist in home visits to support pupils and discuss issues and progress",
                        "Facilitate nurture groups"),
                List.of("Commitment to safeguarding and protecting the welfare of children and young people"),
                "Schools HR Team",
                "28/02/23");
    }

    public static ProfileContent withTitle(ProfileContent content, String title) {
        return changed(content, title, content.grade(), content.dateAsWritten());
    }

    public static ProfileContent withDate(ProfileContent content, String date) {
        return changed(content, content.postTitle(), content.grade(), date);
    }

    public static ProfileContent withGrade(ProfileContent content, int grade) {
        return changed(content, content.postTitle(), grade, content.dateAsWritten());
    }

    private static ProfileContent changed(ProfileContent content, String title, int grade, String date) {
        return new ProfileContent(
                title,
                content.familySlug(),
                grade,
                content.staffResponsibility(),
                content.essentialCarUser(),
                content.scope(),
                content.accountabilities(),
                content.optionalDuties(),
                content.additionalInformation(),
                content.preparedBy(),
                date);
    }

    public static NewSchool oakfieldPrimary() {
        return new NewSchool("119876", "Oakfield Primary School", Phase.PRIMARY, 420);
    }

    public static NewSchool riversideHigh() {
        return new NewSchool("137654", "Riverside High School", Phase.SECONDARY, 1350);
    }
}
