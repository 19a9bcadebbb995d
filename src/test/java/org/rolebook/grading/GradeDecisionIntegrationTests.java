package org.rolebook.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rolebook.grading.GradingFixtures.seedFormPost;
import static org.rolebook.grading.GradingFixtures.withGrade;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.rolebook.roleprofile.Actor;
import org.rolebook.roleprofile.FieldError;
import org.rolebook.roleprofile.Fixtures;
import org.rolebook.roleprofile.InvalidProfile;
import org.rolebook.roleprofile.ProfileContent;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfileData;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.School;
import org.rolebook.roleprofile.Schools;
import org.rolebook.roleprofile.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A stored profile's page shows its suggested grade; an evaluator who approves a grade other than
 * the suggested one must say why, in the page and through the API, and the decision is shown.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class GradeDecisionIntegrationTests {

    static final Actor EDITOR = new Actor("head.oakfield");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Schools schools;

    @Autowired
    JdbcClient jdbc;

    School oakfield;

    @BeforeEach
    void school() {
        RoleProfileData.clear(jdbc);
        oakfield = schools.add(Fixtures.oakfieldPrimary());
    }

    RoleProfile submitted(ProfileContent content) {
        RoleProfile draft = profiles.create(oakfield.id(), content, EDITOR);
        return profiles.submit(draft.id(), draft.lockVersion(), EDITOR);
    }

    String page(long id) throws Exception {
        var page = mvc.get().uri("/role-profiles/" + id).exchange();
        assertThat(page).hasStatusOk();
        return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theProfilePageShowsTheSuggestedGradeWithItsEvidenceToWhoeverMayReadIt() throws Exception {
        RoleProfile draft = profiles.create(oakfield.id(), seedFormPost(), EDITOR);
        RoleProfile approved = submitted(seedFormPost());
        profiles.approve(approved.id(), approved.lockVersion(), new Actor("hr"), null, null);

        String editor = mvc.get()
                .uri("/role-profiles/" + draft.id())
                .with(user("head").authorities(() -> "ROLE_SCHOOL_EDITOR", () -> "SCHOOL_" + oakfield.id()))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String governor = mvc.get()
                .uri("/role-profiles/" + approved.id())
                .with(user("governor").roles("VIEWER"))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        for (String html : java.util.List.of(editor, governor)) {
            assertThat(html)
                    .contains("<h2 class=\"govuk-heading-m\" id=\"suggestion-heading\">Suggested grade</h2>")
                    .contains("For version 1")
                    .contains("<span class=\"rb-suggestion__number\">Grade 5</span>")
                    .contains("Runner-up")
                    .contains("Evidence by dimension")
                    .contains("<mark class=\"rb-match\">")
                    .doesNotContain("Rationale for the grade")
                    .doesNotContain("Grade to approve");
        }
        assertThat(governor).contains("Grade decisions");
    }

    @Test
    void anEvaluatorSeesWhetherARationaleIsNeeded() throws Exception {
        RoleProfile against = submitted(withGrade(seedFormPost(), 7));
        RoleProfile agrees = submitted(seedFormPost());

        assertThat(page(against.id()))
                .contains("Rationale for the grade")
                .contains("Needed to approve: the profile states Grade 7 but the suggested grade is Grade 5")
                .containsPattern("govuk-tag--red\">Differs</strong>\\s*</dd>")
                .contains("rb-flag__kind\">Stated grade")
                .doesNotContain("Decided</strong>");
        assertThat(page(agrees.id()))
                .contains("Rationale for the grade")
                .contains("Optional at Grade 5, the stated and suggested grade; needed to approve at any other grade.");
    }

    @Test
    void approvingAnotherGradeWithoutARationaleIsRefusedNamingTheField() throws Exception {
        RoleProfile against = submitted(withGrade(seedFormPost(), 7));

        var refused = mvc.post()
                .uri("/role-profiles/" + against.id() + "/workflow")
                .param("action", "approve")
                .param("lockVersion", String.valueOf(against.lockVersion()))
                .param("comment", "kept as typed")
                .param("rationale", "   ")
                .exchange();

        assertThat(refused).hasStatusOk();
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("<title>Error: ")
                .contains("There is a problem")
                .contains("href=\"#rationale\"")
                .contains("Give the rationale for approving Grade 7: the suggested grade is Grade 5")
                .contains("govuk-form-group--error")
                .contains("aria-describedby=\"rationale-hint rationale-error\"")
                .contains(">kept as typed</textarea>");
        assertThat(profiles.get(against.id()).status()).isEqualTo(Status.SUBMITTED);
        assertThat(profiles.decisions(against.id())).isEmpty();
    }

    @Test
    void approvingAnotherGradeWithARationaleRecordsTheDecisionAndShowsIt() throws Exception {
        RoleProfile against = submitted(withGrade(seedFormPost(), 7));

        assertThat(mvc.post()
                        .uri("/role-profiles/" + against.id() + "/workflow")
                        .with(user("panel.member").roles("EVALUATOR"))
                        .param("action", "approve")
                        .param("lockVersion", String.valueOf(against.lockVersion()))
                        .param("rationale", "Leads the <b>attendance</b> service across the federation"))
                .hasStatus(HttpStatus.FOUND);

        assertThat(profiles.get(against.id()).status()).isEqualTo(Status.APPROVED);
        assertThat(profiles.decisions(against.id())).singleElement().satisfies(decision -> {
            assertThat(decision.version()).isEqualTo(1);
            assertThat(decision.suggestedGrade().number()).isEqualTo(5);
            assertThat(decision.decidedGrade().number()).isEqualTo(7);
            assertThat(decision.decidedBy()).isEqualTo("panel.member");
            assertThat(decision.rationale()).isEqualTo("Leads the <b>attendance</b> service across the federation");
        });
        assertThat(page(against.id()))
                .contains("Grade decisions")
                .contains("panel.member")
                .contains("Leads the &lt;b&gt;attendance&lt;/b&gt; service across the federation")
                .doesNotContain("Rationale for the grade")
                // the grade stated now is the panel's: the suggestion panel says so, not that it contradicts
                .contains("govuk-tag--blue\">Decided</strong>")
                .containsPattern("Approved at Grade 7 by panel.member on \\d{1,2} \\w{3} \\d{4}: Leads the &lt;b&gt;")
                .doesNotContainPattern("govuk-tag--red\">Differs</strong>\\s*</dd>")
                .doesNotContain("rb-flag__kind\">Stated grade");
    }

    @Test
    void approvingTheSuggestedGradeNeedsNoRationale() throws Exception {
        RoleProfile agrees = submitted(seedFormPost());

        assertThat(mvc.post()
                        .uri("/role-profiles/" + agrees.id() + "/workflow")
                        .param("action", "approve")
                        .param("lockVersion", String.valueOf(agrees.lockVersion())))
                .hasStatus(HttpStatus.FOUND);

        assertThat(profiles.decisions(agrees.id())).singleElement().satisfies(decision -> {
            assertThat(decision.followsSuggestion()).isTrue();
            assertThat(decision.rationale()).isNull();
        });
        assertThat(page(agrees.id())).contains("Grade decisions").contains("Grade 5 (");
    }

    @Test
    void throughTheApiTheRationaleIsNamedWhenMissingAndTheDecisionIsListed() {
        RoleProfile against = submitted(withGrade(seedFormPost(), 7));
        String uri = "/api/role-profiles/" + against.id();

        assertThat(mvc.get().uri(uri + "/suggestion"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.suggested.grade")
                .isEqualTo(5);
        assertThat(mvc.post()
                        .uri(uri + "/approve")
                        .header("If-Match", "\"" + against.lockVersion() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\": \"approved\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.field")
                .isEqualTo("rationale");
        assertThat(mvc.post()
                        .uri(uri + "/approve")
                        .header("If-Match", "\"" + against.lockVersion() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rationale\": \"Leads the attendance service\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("APPROVED");
        assertThat(mvc.get().uri(uri + "/decisions"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].rationale")
                .isEqualTo("Leads the attendance service");
    }

    @Test
    void anEvaluatorChoosesTheGradeToApproveFromTheFamilysGradesWithTheStatedOneSelected() throws Exception {
        RoleProfile against = submitted(withGrade(seedFormPost(), 7));

        String html = page(against.id());

        assertThat(html)
                .contains("<label class=\"govuk-label\" for=\"grade\">Grade to approve</label>")
                .contains("<select class=\"govuk-select\" id=\"grade\" name=\"grade\" aria-describedby=\"grade-hint\">")
                .contains("<option value=\"3\">Grade 3</option>")
                .contains("<option value=\"5\">Grade 5</option>")
                .contains("<option value=\"7\" selected=\"selected\">Grade 7 (stated)</option>")
                .contains("<option value=\"11\">Grade 11</option>")
                .doesNotContain("<option value=\"2\"")
                .doesNotContain("<option value=\"12\"");
        assertThat(html.indexOf("id=\"grade\"")).isLessThan(html.indexOf("id=\"rationale\""));
        assertThat(html).containsOnlyOnce("selected=\"selected\"");
    }

    @Test
    void theRationaleAskedForSaysWhatTheDecidedGradeDiffersFrom() {
        RoleProfile against = submitted(withGrade(seedFormPost(), 7));
        Actor panel = new Actor("panel.member");

        assertThatThrownBy(() -> profiles.approve(against.id(), against.lockVersion(), panel, null, null, 5))
                .isInstanceOfSatisfying(
                        InvalidProfile.class,
                        refused -> assertThat(refused.errors())
                                .containsExactly(new FieldError(
                                        "rationale",
                                        "Give the rationale for approving at Grade 5: the profile states Grade 7")));
        assertThatThrownBy(() -> profiles.approve(against.id(), against.lockVersion(), panel, null, null, 6))
                .isInstanceOfSatisfying(
                        InvalidProfile.class,
                        refused -> assertThat(refused.errors())
                                .containsExactly(new FieldError(
                                        "rationale",
                                        "Give the rationale for approving at Grade 6: the profile states Grade 7"
                                                + " and the suggested grade is Grade 5")));
        assertThatThrownBy(() -> profiles.approve(against.id(), against.lockVersion(), panel, null, null, 7))
                .isInstanceOfSatisfying(
                        InvalidProfile.class,
                        refused -> assertThat(refused.errors())
                                .containsExactly(new FieldError(
                                        "rationale",
                                        "Give the rationale for approving Grade 7: the suggested grade is Grade 5")));
        assertUnchanged(against);
    }

    @Test
    void aGradeThatIsNotOneIsShownBesideTheSelectWithWhatWasTypedKept() throws Exception {
        RoleProfile agrees = submitted(seedFormPost());

        var refused = mvc.post()
                .uri("/role-profiles/" + agrees.id() + "/workflow")
                .param("action", "approve")
                .param("lockVersion", String.valueOf(agrees.lockVersion()))
                .param("grade", "abc")
                .param("comment", "kept as typed")
                .param("rationale", "the panel's reasons")
                .exchange();

        assertThat(refused).hasStatusOk();
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("<title>Error: ")
                .contains("There is a problem")
                .contains("href=\"#grade\"")
                .contains(
                        "<p class=\"govuk-error-message\" id=\"grade-error\"><span class=\"govuk-visually-hidden\">Error:</span>"
                                + " <span>&quot;abc&quot; is not a grade; choose one of the family&#39;s grades</span></p>")
                .contains("<select class=\"govuk-select govuk-select--error\" id=\"grade\" name=\"grade\""
                        + " aria-describedby=\"grade-hint grade-error\">")
                .contains("<option value=\"5\" selected=\"selected\">Grade 5 (stated)</option>")
                .contains(">kept as typed</textarea>")
                .contains(">the panel&#39;s reasons</textarea>");
        assertUnchanged(agrees);
    }

    @Test
    void approvingAtAnotherGradeWithoutARationaleKeepsTheGradeChosen() throws Exception {
        RoleProfile agrees = submitted(seedFormPost());

        var refused = mvc.post()
                .uri("/role-profiles/" + agrees.id() + "/workflow")
                .param("action", "approve")
                .param("lockVersion", String.valueOf(agrees.lockVersion()))
                .param("grade", "6")
                .param("comment", "kept as typed")
                .exchange();

        assertThat(refused).hasStatusOk();
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("href=\"#rationale\"")
                .contains(
                        "Give the rationale for approving at Grade 6: the profile states Grade 5, the suggested grade")
                .contains("aria-describedby=\"rationale-hint rationale-error\"")
                .contains("<option value=\"6\" selected=\"selected\">Grade 6</option>")
                .contains("<option value=\"5\">Grade 5 (stated)</option>")
                .contains(">kept as typed</textarea>");
        assertUnchanged(agrees);
    }

    @Test
    void aGradeNothingWasSuggestedForIsApprovedOnlyWithTheRationale() {
        ProfileContent thin = Fixtures.withTitle(Fixtures.pupilSupportWorkerGrade5(), "Chef");
        thin = new ProfileContent(
                "Chef",
                thin.familySlug(),
                9,
                "No",
                "No",
                "Cook lunches",
                java.util.List.of("Cook"),
                java.util.List.of(),
                java.util.List.of(),
                thin.preparedBy(),
                thin.dateAsWritten());
        RoleProfile chef = submitted(thin);
        assertThat(profiles.advice(chef.content()).orElseThrow().suggested()).isNull();
        Actor panel = new Actor("panel.member");

        assertThatThrownBy(() -> profiles.approve(chef.id(), chef.lockVersion(), panel, null, null))
                .isInstanceOfSatisfying(
                        InvalidProfile.class,
                        refused -> assertThat(refused.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("rationale");
                            assertThat(error.message())
                                    .startsWith("Give the rationale for approving Grade 9: there is no suggested"
                                            + " grade to agree with it");
                        }));
        assertThat(profiles.get(chef.id()).status()).isEqualTo(Status.SUBMITTED);
        assertThat(profiles.decisions(chef.id())).isEmpty();

        profiles.approve(chef.id(), chef.lockVersion(), panel, null, "Runs the kitchen of a large secondary");
        assertThat(profiles.decisions(chef.id())).singleElement().satisfies(decision -> {
            assertThat(decision.statedGrade().number()).isEqualTo(9);
            assertThat(decision.suggestedGrade()).isNull();
            assertThat(decision.rationale()).isEqualTo("Runs the kitchen of a large secondary");
        });
    }

    @Test
    void approvingAtAnotherGradeOnThePageSavesItAsANewVersionAndApprovesThat() throws Exception {
        RoleProfile agrees = submitted(seedFormPost());

        assertThat(mvc.post()
                        .uri("/role-profiles/" + agrees.id() + "/workflow")
                        .with(user("panel.member").roles("EVALUATOR"))
                        .param("action", "approve")
                        .param("lockVersion", String.valueOf(agrees.lockVersion()))
                        .param("grade", "6")
                        .param("rationale", "Runs the attendance service on her own"))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("done", "The role profile is now approved at Grade 6.");

        RoleProfile approved = profiles.get(agrees.id());
        assertThat(approved.status()).isEqualTo(Status.APPROVED);
        assertThat(approved.currentVersion()).isEqualTo(2);
        assertThat(approved.approvedVersion()).isEqualTo(2);
        assertThat(approved.content()).isEqualTo(withGrade(seedFormPost(), 6));
        assertThat(profiles.decisions(agrees.id())).singleElement().satisfies(decision -> {
            assertThat(decision.version()).isEqualTo(2);
            assertThat(decision.statedGrade().number()).isEqualTo(5); // what the school asked for, kept
            assertThat(decision.suggestedGrade().number()).isEqualTo(5);
            assertThat(decision.decidedGrade().number()).isEqualTo(6);
            assertThat(decision.decidedBy()).isEqualTo("panel.member");
            assertThat(decision.rationale()).isEqualTo("Runs the attendance service on her own");
        });
        assertThat(page(agrees.id()))
                .contains("Version 2")
                .contains("Version 2, saved by panel.member")
                .contains("what changed from version 1")
                .contains("<td class=\"govuk-table__cell\">regraded</td>")
                .contains("Grade 5 → Grade 6 at approval")
                .contains("Runs the attendance service on her own")
                .contains("Differs")
                .doesNotContain("Grade to approve");
    }

    @Test
    void throughTheApiAnotherGradeIsApprovedAgainstTheETagRead() {
        RoleProfile agrees = submitted(seedFormPost());
        String uri = "/api/role-profiles/" + agrees.id();
        String etag = "\"" + agrees.lockVersion() + "\"";

        for (String[] refused : new String[][] {
            {"{\"grade\": 6}", "rationale"},
            {"{\"grade\": \"12\", \"rationale\": \"Panel\"}", "grade"},
            {"{\"grade\": \"abc\", \"rationale\": \"Panel\"}", "grade"},
            {"{\"grade\": [6], \"rationale\": \"Panel\"}", "grade"}
        }) {
            assertThat(mvc.post()
                            .uri(uri + "/approve")
                            .header("If-Match", etag)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(refused[0]))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.field")
                    .isEqualTo(refused[1]);
        }
        assertUnchanged(agrees);
        assertThat(mvc.post()
                        .uri(uri + "/approve")
                        .header("If-Match", "\"" + (agrees.lockVersion() - 1) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grade\": 6, \"rationale\": \"Panel\"}"))
                .hasStatus(HttpStatus.PRECONDITION_FAILED);
        assertUnchanged(agrees);

        var approved = mvc.post()
                .uri(uri + "/approve")
                .header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"grade\": 6, \"rationale\": \"Runs the attendance service\"}")
                .exchange();

        assertThat(approved).hasStatusOk();
        assertThat(approved.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        assertThat(approved).bodyJson().extractingPath("$.status").isEqualTo("APPROVED");
        assertThat(approved).bodyJson().extractingPath("$.currentVersion").isEqualTo(2);
        assertThat(approved).bodyJson().extractingPath("$.approvedVersion").isEqualTo(2);
        assertThat(approved).bodyJson().extractingPath("$.content.grade").isEqualTo(6);
        assertThat(mvc.get().uri(uri + "/versions"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].content.grade")
                .asArray()
                .containsExactly(5, 6);
        var decisions = mvc.get().uri(uri + "/decisions").exchange();
        assertThat(decisions).hasStatusOk();
        assertThat(decisions).bodyJson().extractingPath("$[0].version").isEqualTo(2);
        assertThat(decisions).bodyJson().extractingPath("$[0].suggestedGrade").isEqualTo(5);
        assertThat(decisions).bodyJson().extractingPath("$[0].decidedGrade").isEqualTo(6);
        assertThat(decisions).bodyJson().extractingPath("$[0].rationale").isEqualTo("Runs the attendance service");
        assertThat(decisions).bodyJson().extractingPath("$[0].decidedBy").isEqualTo(CleanDatabase.HR_ADMIN);
    }

    /** The submitted profile as it was: same version, still submitted, no decision. */
    void assertUnchanged(RoleProfile submitted) {
        Fixtures.assertApprovalChangedNothing(profiles, submitted);
    }

    @Test
    void aProfileHiddenFromTheReaderHasNoSuggestionEither() {
        RoleProfile draft = profiles.create(oakfield.id(), seedFormPost(), EDITOR);

        assertThat(mvc.get()
                        .uri("/api/role-profiles/" + draft.id() + "/suggestion")
                        .with(user("governor").roles("VIEWER")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/api/role-profiles/" + draft.id() + "/decisions")
                        .with(user("governor").roles("VIEWER")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
