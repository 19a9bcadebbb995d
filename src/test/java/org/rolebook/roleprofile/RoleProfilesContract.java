package org.rolebook.roleprofile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rolebook.roleprofile.Fixtures.pupilSupportWorkerGrade5;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolebook.framework.CatalogueConflict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Role profiles on a real database: versions, the workflow and its guards, concurrent saves,
 * lists and filters. Run on the embedded database and on PostgreSQL.
 */
abstract class RoleProfilesContract {

    static final Actor EDITOR = new Actor("editor@oakfield");
    static final Actor HR = new Actor("hr@county");

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Schools schools;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    School oakfield;
    School riverside;

    @BeforeEach
    void schools() {
        RoleProfileData.clear(jdbc);
        oakfield = schools.add(Fixtures.oakfieldPrimary());
        riverside = schools.add(Fixtures.riversideHigh());
    }

    @Test
    void aProfileIsCreatedAsAFirstDraftVersion() {
        RoleProfile profile = profiles.create(oakfield.id(), pupilSupportWorkerGrade5(), EDITOR);

        assertThat(profile.status()).isEqualTo(Status.DRAFT);
        assertThat(profile.currentVersion()).isEqualTo(1);
        assertThat(profile.school().name()).isEqualTo("Oakfield Primary School");
        assertThat(profile.content()).isEqualTo(pupilSupportWorkerGrade5());
        assertThat(profiles.history(profile.id()))
                .extracting(WorkflowEvent::action, WorkflowEvent::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("created", "editor@oakfield"));
    }

    @Test
    void badFieldsAreNamedAndNothingIsSaved() {
        ProfileContent bad = new ProfileContent(
                "",
                "student-support-services",
                2,
                "Maybe",
                "No",
                "",
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                "",
                "31/02/23");

        assertThatThrownBy(() -> profiles.create(oakfield.id(), bad, EDITOR))
                .isInstanceOfSatisfying(
                        InvalidProfile.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(FieldError::field)
                                .containsExactlyInAnyOrder("postTitle", "staffResponsibility", "date", "grade"));
        assertThat(profiles.list(ProfileQuery.all()).total()).isZero();
    }

    @Test
    void textIsKeptExactlyAsTyped() {
        ProfileContent hostile = Fixtures.withTitle(pupilSupportWorkerGrade5(), "<script>alert('x')</script> Worker");

        RoleProfile profile = profiles.create(oakfield.id(), hostile, EDITOR);

        assertThat(profiles.get(profile.id()).content().postTitle()).isEqualTo("<script>alert('x')</script> Worker");
    }

    @Test
    void everySaveIsAVersion() {
        RoleProfile first = profiles.create(oakfield.id(), pupilSupportWorkerGrade5(), EDITOR);
        RoleProfile second = profiles.update(
                first.id(),
                first.lockVersion(),
                Fixtures.withTitle(pupilSupportWorkerGrade5(), "Senior Pupil Support Worker"),
                EDITOR);

        assertThat(second.currentVersion()).isEqualTo(2);
        assertThat(profiles.versions(first.id()))
                .extracting(v -> v.content().postTitle())
                .containsExactly("Pupil Support Worker", "Senior Pupil Support Worker");
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndTheFirstIsKept() {
        RoleProfile opened = profiles.create(oakfield.id(), pupilSupportWorkerGrade5(), EDITOR);
        profiles.update(
                opened.id(),
                opened.lockVersion(),
                Fixtures.withTitle(pupilSupportWorkerGrade5(), "First save"),
                EDITOR);

        assertThatThrownBy(() -> profiles.update(
                        opened.id(),
                        opened.lockVersion(),
                        Fixtures.withTitle(pupilSupportWorkerGrade5(), "Second save"),
                        HR))
                .isInstanceOfSatisfying(ConcurrentEdit.class, conflict -> {
                    assertThat(conflict.stored().content().postTitle()).isEqualTo("First save");
                    assertThat(conflict.refused().postTitle()).isEqualTo("Second save");
                });
        assertThat(profiles.get(opened.id()).content().postTitle()).isEqualTo("First save");
        assertThat(profiles.versions(opened.id())).hasSize(2);
    }

    @Test
    void draftSubmittedApprovedAndEachStepRecorded() {
        RoleProfile draft = profiles.create(oakfield.id(), pupilSupportWorkerGrade5(), EDITOR);
        RoleProfile submitted = profiles.submit(draft.id(), draft.lockVersion(), EDITOR);
        RoleProfile approved =
                profiles.approve(submitted.id(), submitted.lockVersion(), HR, "matches Grade 5", Fixtures.RATIONALE);

        assertThat(approved.status()).isEqualTo(Status.APPROVED);
        assertThat(approved.approvedVersion()).isEqualTo(1);
        assertThat(profiles.history(draft.id()))
                .extracting(WorkflowEvent::action, WorkflowEvent::actor, WorkflowEvent::comment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("created", "editor@oakfield", null),
                        org.assertj.core.groups.Tuple.tuple("submitted", "editor@oakfield", null),
                        org.assertj.core.groups.Tuple.tuple("approved", "hr@county", "matches Grade 5"));
    }

    @Test
    void aReturnedProfileCarriesTheCommentAndCanBeEditedAndSubmittedAgain() {
        RoleProfile draft = profiles.create(oakfield.id(), pupilSupportWorkerGrade5(), EDITOR);
        RoleProfile submitted = profiles.submit(draft.id(), draft.lockVersion(), EDITOR);
        RoleProfile returned =
                profiles.returnWithComment(submitted.id(), submitted.lockVersion(), HR, "Add the supervision duties");

        assertThat(returned.status()).isEqualTo(Status.RETURNED);
        assertThat(profiles.history(draft.id()).getLast().comment()).isEqualTo("Add the supervision duties");
        RoleProfile edited = profiles.update(returned.id(), returned.lockVersion(), pupilSupportWorkerGrade5(), EDITOR);
        assertThat(edited.status()).isEqualTo(Status.DRAFT);
        assertThat(profiles.submit(edited.id(), edited.lockVersion(), EDITOR).status())
                .isEqualTo(Status.SUBMITTED);
    }

    @Test
    void illegalStepsAreRefused() {
        RoleProfile draft = profiles.create(oakfield.id(), pupilSupportWorkerGrade5(), EDITOR);

        assertThatThrownBy(() -> profiles.approve(draft.id(), draft.lockVersion(), HR, null, null))
                .isInstanceOf(WorkflowRefused.class)
                .hasMessage("a role profile that is draft cannot be approved");
        RoleProfile submitted = profiles.submit(draft.id(), draft.lockVersion(), EDITOR);
        assertThatThrownBy(() ->
                        profiles.update(submitted.id(), submitted.lockVersion(), pupilSupportWorkerGrade5(), EDITOR))
                .isInstanceOf(WorkflowRefused.class);
        assertThatThrownBy(() -> profiles.returnWithComment(submitted.id(), submitted.lockVersion(), HR, " "))
                .isInstanceOfSatisfying(
                        InvalidProfile.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("comment"));
        assertThatThrownBy(() -> profiles.submit(submitted.id(), draft.lockVersion(), EDITOR))
                .isInstanceOf(CatalogueConflict.class);
    }

    @Test
    void anApprovedProfileKeepsItsGradeUntilTheNewVersionIsApproved() {
        RoleProfile draft = profiles.create(oakfield.id(), pupilSupportWorkerGrade5(), EDITOR);
        RoleProfile approved = profiles.approve(
                draft.id(),
                profiles.submit(draft.id(), draft.lockVersion(), EDITOR).lockVersion(),
                HR,
                null,
                Fixtures.RATIONALE);
        RoleProfile redraft = profiles.update(
                approved.id(), approved.lockVersion(), Fixtures.withGrade(pupilSupportWorkerGrade5(), 6), EDITOR);

        assertThat(redraft.status()).isEqualTo(Status.DRAFT);
        assertThat(redraft.approvedVersion()).isEqualTo(1);
        RoleProfile again = profiles.approve(
                redraft.id(),
                profiles.submit(redraft.id(), redraft.lockVersion(), EDITOR).lockVersion(),
                HR,
                null,
                Fixtures.RATIONALE);
        assertThat(again.approvedVersion()).isEqualTo(2);
        assertThat(profiles.history(draft.id()))
                .extracting(WorkflowEvent::action)
                .contains("superseded");
        assertThat(profiles.archive(again.id(), again.lockVersion(), HR, "post deleted")
                        .status())
                .isEqualTo(Status.ARCHIVED);
    }

    @Test
    void approvingAGradeOtherThanTheSuggestedOneNeedsARationaleAndIsRecordedWithIt() {
        GradeAdvice advice = profiles.advice(pupilSupportWorkerGrade5()).orElseThrow();
        int suggested = advice.suggested().grade().number();
        ProfileContent against =
                Fixtures.withGrade(pupilSupportWorkerGrade5(), suggested >= 7 ? suggested - 2 : suggested + 2);
        RoleProfile draft = profiles.create(oakfield.id(), against, EDITOR);
        RoleProfile submitted = profiles.submit(draft.id(), draft.lockVersion(), EDITOR);

        assertThatThrownBy(() -> profiles.approve(submitted.id(), submitted.lockVersion(), HR, "fine", "  "))
                .isInstanceOfSatisfying(InvalidProfile.class, refused -> {
                    assertThat(refused.field()).isEqualTo("rationale");
                    assertThat(refused.getMessage())
                            .contains("Grade " + against.grade())
                            .contains("the suggested grade is Grade " + suggested);
                });
        assertThat(profiles.get(submitted.id()).status()).isEqualTo(Status.SUBMITTED);
        assertThat(profiles.decisions(submitted.id())).isEmpty();

        profiles.approve(submitted.id(), submitted.lockVersion(), HR, null, " Line-manages the attendance team ");

        assertThat(profiles.get(submitted.id()).status()).isEqualTo(Status.APPROVED);
        assertThat(profiles.decisions(submitted.id())).singleElement().satisfies(decision -> {
            assertThat(decision.version()).isEqualTo(1);
            assertThat(decision.suggestedFamily()).isEqualTo("student-support-services");
            assertThat(decision.suggestedGrade().number()).isEqualTo(suggested);
            assertThat(decision.confidence())
                    .isCloseTo(advice.confidence(), org.assertj.core.data.Offset.offset(0.001));
            assertThat(decision.decidedFamily()).isEqualTo("student-support-services");
            assertThat(decision.decidedGrade().number()).isEqualTo(against.grade());
            assertThat(decision.rationale()).isEqualTo("Line-manages the attendance team");
            assertThat(decision.decidedBy()).isEqualTo("hr@county");
            assertThat(decision.followsSuggestion()).isFalse();
        });
    }

    @Test
    void approvingTheSuggestedGradeNeedsNoRationale() {
        RoleProfile submitted = submittedAtTheSuggestedGrade();
        int suggested = submitted.content().grade();

        profiles.approve(submitted.id(), submitted.lockVersion(), HR, null, null);

        assertThat(profiles.decisions(submitted.id())).singleElement().satisfies(decision -> {
            assertThat(decision.followsSuggestion()).isTrue();
            assertThat(decision.decidedGrade().number()).isEqualTo(suggested);
            assertThat(decision.rationale()).isNull();
        });
    }

    /** A submitted profile stating the grade suggested for it, so that only the decided grade can differ. */
    RoleProfile submittedAtTheSuggestedGrade() {
        int suggested = profiles.advice(pupilSupportWorkerGrade5())
                .orElseThrow()
                .suggested()
                .grade()
                .number();
        RoleProfile draft =
                profiles.create(oakfield.id(), Fixtures.withGrade(pupilSupportWorkerGrade5(), suggested), EDITOR);
        return profiles.submit(draft.id(), draft.lockVersion(), EDITOR);
    }

    /** A grade of the family next to the one given. */
    static int another(int grade) {
        return grade < 11 ? grade + 1 : grade - 1;
    }

    void assertUnchanged(RoleProfile submitted) {
        Fixtures.assertApprovalChangedNothing(profiles, submitted);
        assertThat(profiles.history(submitted.id()))
                .extracting(WorkflowEvent::action)
                .containsExactly("created", "submitted");
    }

    @Test
    void approvingAtAnotherGradeThanTheStatedOneNeedsARationaleAndChangesNothingWithoutOne() {
        RoleProfile submitted = submittedAtTheSuggestedGrade();
        int stated = submitted.content().grade();
        int decided = another(stated);

        assertThatThrownBy(() -> profiles.approve(submitted.id(), submitted.lockVersion(), HR, "panel", " ", decided))
                .isInstanceOfSatisfying(InvalidProfile.class, refused -> {
                    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("rationale");
                    assertThat(refused.getMessage())
                            .startsWith("Give the rationale for approving at Grade %d: the profile states Grade %d"
                                    .formatted(decided, stated));
                });
        assertUnchanged(submitted);
    }

    @Test
    void approvingAtAGradeTheFamilyDoesNotHaveIsRefusedNamingTheGradeAndChangesNothing() {
        RoleProfile submitted = submittedAtTheSuggestedGrade();

        for (int missing : new int[] {12, 2, 0, 100}) {
            assertThatThrownBy(() -> profiles.approve(
                            submitted.id(), submitted.lockVersion(), HR, null, Fixtures.RATIONALE, missing))
                    .isInstanceOfSatisfying(InvalidProfile.class, refused -> {
                        assertThat(refused.errors())
                                .extracting(FieldError::field)
                                .containsExactly("grade");
                        assertThat(refused.getMessage())
                                .isEqualTo("Student Support Services has no Grade %d; its grades are [Grade 3,"
                                                .formatted(missing)
                                        + " Grade 4, Grade 5, Grade 6, Grade 7, Grade 8, Grade 9, Grade 10, Grade 11]");
                    });
        }
        assertUnchanged(submitted);
    }

    @Autowired
    org.rolebook.audit.AuditLog audit;

    @Test
    void approvingAtAnotherGradeWithARationaleSavesTheGradeAsANewVersionAndApprovesIt() {
        RoleProfile submitted = submittedAtTheSuggestedGrade();
        int stated = submitted.content().grade();
        int decided = another(stated);

        RoleProfile approved = profiles.approve(
                submitted.id(), submitted.lockVersion(), HR, "as the panel decided", " Leads the team ", decided);

        assertThat(approved.status()).isEqualTo(Status.APPROVED);
        assertThat(approved.currentVersion()).isEqualTo(2);
        assertThat(approved.approvedVersion()).isEqualTo(2);
        assertThat(approved.content()).isEqualTo(submitted.content().withGrade(decided));
        assertThat(profiles.approvedGrade(approved)).isEqualTo(decided);
        assertThat(profiles.versions(submitted.id()))
                .extracting(v -> v.version(), v -> v.content().grade(), ProfileVersion::savedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, stated, "editor@oakfield"),
                        org.assertj.core.groups.Tuple.tuple(2, decided, "hr@county"));
        assertThat(profiles.history(submitted.id()))
                .extracting(WorkflowEvent::action, WorkflowEvent::from, WorkflowEvent::to, WorkflowEvent::comment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("created", null, Status.DRAFT, null),
                        org.assertj.core.groups.Tuple.tuple("submitted", Status.DRAFT, Status.SUBMITTED, null),
                        org.assertj.core.groups.Tuple.tuple(
                                "regraded",
                                Status.SUBMITTED,
                                Status.SUBMITTED,
                                "Grade %d → Grade %d at approval".formatted(stated, decided)),
                        org.assertj.core.groups.Tuple.tuple(
                                "approved", Status.SUBMITTED, Status.APPROVED, "as the panel decided"));
        assertThat(profiles.decisions(submitted.id())).singleElement().satisfies(decision -> {
            assertThat(decision.version()).isEqualTo(2);
            assertThat(decision.suggestedGrade().number()).isEqualTo(stated);
            assertThat(decision.decidedFamily()).isEqualTo("student-support-services");
            assertThat(decision.decidedGrade().number()).isEqualTo(decided);
            assertThat(decision.rationale()).isEqualTo("Leads the team");
            assertThat(decision.decidedBy()).isEqualTo("hr@county");
            assertThat(decision.followsSuggestion()).isFalse();
        });
        var entries = audit.find(new org.rolebook.audit.AuditQuery(
                        null, null, "role profile " + submitted.id() + ":", null, null, 1, 100))
                .entries()
                .reversed();
        assertThat(entries)
                .extracting(org.rolebook.audit.AuditEntry::action)
                .containsExactly("created", "submitted", "regraded: version 2", "approved", "grade decided");
        org.rolebook.audit.AuditEntry regraded = entries.get(2);
        assertThat(regraded.kind()).isEqualTo(org.rolebook.audit.Kind.ROLE_PROFILE);
        assertThat(regraded.actor()).isEqualTo("hr@county");
        assertThat(regraded.summary()).isEqualTo("Grade %d → Grade %d at approval".formatted(stated, decided));
        assertThat(regraded.before()).contains("\"grade\":" + stated + ",");
        assertThat(regraded.after()).contains("\"grade\":" + decided + ",");
        assertThat(entries.getLast().after())
                .contains("\"version\":2")
                .contains("\"decided\":\"Grade " + decided + "\"");
    }

    @Test
    void approvingAtAnotherGradeIsRefusedWhenTheProfileChangedSinceItWasRead() {
        RoleProfile submitted = submittedAtTheSuggestedGrade();
        int stale = submitted.lockVersion() - 1;

        assertThatThrownBy(() -> profiles.approve(
                        submitted.id(),
                        stale,
                        HR,
                        null,
                        Fixtures.RATIONALE,
                        another(submitted.content().grade())))
                .isInstanceOf(ConcurrentEdit.class);
        assertUnchanged(submitted);
    }

    @Test
    void approvingAtTheStatedGradeNamedIsTheSameAsApprovingWithoutOne() {
        RoleProfile submitted = submittedAtTheSuggestedGrade();

        RoleProfile approved = profiles.approve(
                submitted.id(),
                submitted.lockVersion(),
                HR,
                null,
                null,
                submitted.content().grade());

        assertThat(approved.currentVersion()).isEqualTo(1);
        assertThat(approved.approvedVersion()).isEqualTo(1);
        assertThat(profiles.history(submitted.id()))
                .extracting(WorkflowEvent::action)
                .doesNotContain("regraded");
        assertThat(profiles.decisions(submitted.id())).singleElement().satisfies(decision -> {
            assertThat(decision.version()).isEqualTo(1);
            assertThat(decision.followsSuggestion()).isTrue();
        });
    }

    @Test
    void anImportedProfileWithADateThatDoesNotExistIsKeptAndNeedsAttention() {
        RoleProfile imported = profiles.importProfile(
                oakfield.id(), Fixtures.withDate(pupilSupportWorkerGrade5(), "31/02/23"), new Actor("import"));

        assertThat(imported.needsAttention()).isTrue();
        assertThat(imported.content().dateAsWritten()).isEqualTo("31/02/23");
        assertThatThrownBy(() -> profiles.submit(imported.id(), imported.lockVersion(), EDITOR))
                .isInstanceOfSatisfying(
                        InvalidProfile.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("date"));
        RoleProfile corrected =
                profiles.update(imported.id(), imported.lockVersion(), pupilSupportWorkerGrade5(), EDITOR);
        assertThat(corrected.needsAttention()).isFalse();
    }

    @Test
    void aGradeTheFamilyDoesNotHaveIsRefused() {
        assertThatThrownBy(() ->
                        profiles.create(oakfield.id(), Fixtures.withGrade(pupilSupportWorkerGrade5(), 12), EDITOR))
                .isInstanceOfSatisfying(InvalidProfile.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("grade");
                    assertThat(invalid.getMessage()).contains("has no Grade 12");
                });
    }

    @Test
    void listsFilterSortAndPage() {
        profiles.create(oakfield.id(), pupilSupportWorkerGrade5(), EDITOR);
        profiles.create(
                oakfield.id(),
                Fixtures.withGrade(Fixtures.withTitle(pupilSupportWorkerGrade5(), "ICT Technician"), 6),
                EDITOR);
        profiles.create(riverside.id(), Fixtures.withTitle(pupilSupportWorkerGrade5(), "Learning Mentor"), EDITOR);

        assertThat(profiles.list(new ProfileQuery(oakfield.id(), null, null, null, null, ProfileSort.TITLE, 0, 50))
                        .profiles())
                .extracting(p -> p.content().postTitle())
                .containsExactly("ICT Technician", "Pupil Support Worker");
        assertThat(profiles.list(new ProfileQuery(null, null, 6, null, null, ProfileSort.TITLE, 0, 50))
                        .total())
                .isEqualTo(1);
        assertThat(profiles.list(new ProfileQuery(
                                null, null, null, Status.DRAFT, "Learning Mentor", ProfileSort.TITLE, 0, 50))
                        .profiles())
                .singleElement()
                .satisfies(p -> assertThat(p.school().name()).isEqualTo("Riverside High School"));
        assertThat(profiles.list(new ProfileQuery(null, null, null, null, "nurture", ProfileSort.SCHOOL, 0, 2)))
                .satisfies(page -> {
                    assertThat(page.total()).isEqualTo(3);
                    assertThat(page.profiles()).hasSize(2);
                    assertThat(page.pages()).isEqualTo(2);
                });
    }

    @Test
    void aTextSearchFindsTheCurrentVersionOnly() {
        RoleProfile profile = profiles.create(oakfield.id(), pupilSupportWorkerGrade5(), EDITOR);
        profiles.update(
                profile.id(),
                profile.lockVersion(),
                Fixtures.withTitle(pupilSupportWorkerGrade5(), "Attendance and Welfare Officer"),
                EDITOR);
        assertThat(profiles.list(new ProfileQuery(null, null, null, null, "welfare officer", ProfileSort.TITLE, 0, 50))
                        .total())
                .isEqualTo(1);
        assertThat(profiles.list(new ProfileQuery(
                                null, null, null, null, "Pupil Support Worker", ProfileSort.TITLE, 0, 50))
                        .total())
                .isZero();
    }

    @Test
    void elsewhereAReaderOfApprovedProfilesFindsFiltersAndSortsByTheApprovedVersionWhileANewOneIsWritten() {
        RoleProfile revised = approvedThenRevised();
        RoleProfile other = profiles.create(
                riverside.id(), Fixtures.withTitle(pupilSupportWorkerGrade5(), "Another Draft"), EDITOR);
        ProfileQuery.Visibility riversideEditor = new ProfileQuery.Visibility(java.util.Set.of(riverside.id()));
        ProfileQuery.Visibility viewer = new ProfileQuery.Visibility(java.util.Set.of());

        assertThat(shown(viewer, null, null, null)).containsExactly("Pupil Support Worker 5 APPROVED v1");
        assertThat(shown(viewer, 5, null, Status.APPROVED)).containsExactly("Pupil Support Worker 5 APPROVED v1");
        assertThat(shown(viewer, 6, null, null)).isEmpty();
        assertThat(shown(viewer, null, "family liaison", null)).isEmpty();
        assertThat(shown(viewer, null, null, Status.DRAFT)).isEmpty();
        assertThat(shown(riversideEditor, null, null, null))
                .containsExactly("Another Draft 5 DRAFT v1", "Pupil Support Worker 5 APPROVED v1");
        assertThat(shown(null, null, null, null))
                .containsExactly("Another Draft 5 DRAFT v1", "Family Liaison Worker 6 DRAFT v2");
        assertThat(profiles.list(new ProfileQuery(null, null, null, null, null, ProfileSort.UPDATED, 0, 50)
                                .visibleTo(viewer))
                        .total())
                .isEqualTo(1);

        assertThat(profiles.shownTo(revised.id(), viewer))
                .satisfies(p -> assertThat(p.status()).isEqualTo(Status.APPROVED))
                .satisfies(p -> assertThat(p.currentVersion()).isEqualTo(1))
                .satisfies(p -> assertThat(p.content().postTitle()).isEqualTo("Pupil Support Worker"));
        assertThat(profiles.shownTo(revised.id(), null).content().postTitle()).isEqualTo("Family Liaison Worker");
        assertThatThrownBy(() -> profiles.shownTo(other.id(), viewer))
                .isInstanceOf(org.rolebook.framework.UnknownInCatalogue.class);
    }

    @Test
    void approvedValuesMissingFromARowAreWorkedOutFromTheApprovedVersion() {
        RoleProfile revised = approvedThenRevised();
        assertThat(jdbc.sql(
                                "select count(*) from \"flyway_schema_history\" where \"version\" = '8.1' and \"success\" = true")
                        .query(Integer.class)
                        .single())
                .as("migration 8.1 applied")
                .isEqualTo(1);
        jdbc.sql("update role_profile set approved_family_slug = null, approved_grade = null,"
                        + " approved_post_title = null, approved_search_text = null, approved_at = null")
                .update();

        assertThat(ApprovedValues.fill(new org.springframework.jdbc.core.JdbcTemplate(dataSource)))
                .isEqualTo(1);
        assertThat(jdbc.sql("select approved_grade, approved_post_title, approved_search_text, approved_at"
                                + " from role_profile where id = ?")
                        .param(revised.id())
                        .query((row, i) -> row.getInt(1) + " " + row.getString(2) + " "
                                + row.getString(3).startsWith("pupil support worker {") + " "
                                + (row.getTimestamp(4) != null))
                        .single())
                .isEqualTo("5 Pupil Support Worker true true");
        assertThat(shown(new ProfileQuery.Visibility(java.util.Set.of()), 5, "pupil support", Status.APPROVED))
                .containsExactly("Pupil Support Worker 5 APPROVED v1");
        assertThat(ApprovedValues.fill(new org.springframework.jdbc.core.JdbcTemplate(dataSource)))
                .isZero();
    }

    /** Oakfield's Pupil Support Worker approved at Grade 5, then written again as a Grade 6 Family Liaison Worker. */
    RoleProfile approvedThenRevised() {
        RoleProfile draft = profiles.create(oakfield.id(), pupilSupportWorkerGrade5(), EDITOR);
        RoleProfile approved = profiles.approve(
                draft.id(),
                profiles.submit(draft.id(), draft.lockVersion(), EDITOR).lockVersion(),
                HR,
                null,
                Fixtures.RATIONALE);
        return profiles.update(
                approved.id(),
                approved.lockVersion(),
                Fixtures.withGrade(Fixtures.withTitle(pupilSupportWorkerGrade5(), "Family Liaison Worker"), 6),
                EDITOR);
    }

    java.util.List<String> shown(
            ProfileQuery.@org.jspecify.annotations.Nullable Visibility reader,
            @org.jspecify.annotations.Nullable Integer grade,
            @org.jspecify.annotations.Nullable String text,
            @org.jspecify.annotations.Nullable Status status) {
        return profiles
                .list(new ProfileQuery(null, null, grade, status, text, ProfileSort.TITLE, 0, 50).visibleTo(reader))
                .profiles()
                .stream()
                .map(p -> p.content().postTitle() + " " + p.content().grade() + " " + p.status() + " v"
                        + p.currentVersion())
                .toList();
    }

    @Test
    void aSchoolIsRegisteredOnce() {
        assertThatThrownBy(() -> schools.add(Fixtures.oakfieldPrimary()))
                .isInstanceOfSatisfying(
                        CatalogueConflict.class,
                        conflict -> assertThat(conflict.field()).isEqualTo("urn"));
    }
}
