package org.rolebook.grading.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rolebook.grading.GradingFixtures.seedFormPost;
import static org.rolebook.grading.GradingFixtures.seedFormPostManagingWithADegree;
import static org.rolebook.grading.GradingFixtures.typed;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.rolebook.roleprofile.ProfileContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The suggestion panel beside the role profile form: the fragment htmx asks for, and the form without scripts. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class SuggestionPanelIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    org.rolebook.roleprofile.RoleProfiles profiles;

    @Autowired
    org.rolebook.roleprofile.Schools schools;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String panel(ProfileContent content) throws Exception {
        var answer = typed(
                        mvc.post()
                                .uri("/role-profiles/suggestion")
                                .header("HX-Request", "true")
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED),
                        content)
                .exchange();
        assertThat(answer).hasStatusOk();
        return answer.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theSeedFormsPostIsSuggestedGrade5WithItsEvidenceMarked() throws Exception {
        String html = panel(seedFormPost());

        assertThat(html)
                .doesNotContain("<html")
                .contains("class=\"rb-suggestion\"")
                .contains("<span class=\"rb-suggestion__number\">Grade 5</span>")
                .contains("Runner-up")
                .contains("Confidence")
                .contains("Agrees")
                .contains("Evidence by dimension")
                .contains(org.rolebook.framework.Dimension.ACCOUNTABILITIES
                        .label()
                        .replace("&", "&amp;"))
                .contains("<mark class=\"rb-match\">")
                .contains("What pushes the grade up or down")
                .doesNotContain("Flags")
                .contains("<p id=\"grade-suggestion-status\" hx-swap-oob=\"innerHTML\">"
                        + "Suggested Grade 5 (Tentative); the stated grade agrees.</p>");
    }

    @Test
    void lineManagementAndADegreeChangeTheSuggestionAndRaiseTheirCuesAndFlags() throws Exception {
        String before = panel(seedFormPost());
        String after = panel(seedFormPostManagingWithADegree());

        assertThat(after)
                .isNotEqualTo(before)
                .contains("Supervision: line manages staff")
                .contains("Qualification: degree")
                .contains("pushes up")
                .contains("Flags")
                .contains("Staff responsibility")
                .contains("Line manage the team of learning mentors");
    }

    @Test
    void markupTypedInAFieldIsShownAsText() throws Exception {
        ProfileContent typed = new ProfileContent(
                "<b>Pupil</b> Support Worker",
                "student-support-services",
                5,
                "No",
                "",
                "Supervise pupils in non-structured breaks",
                java.util.List.of(
                        "<script>alert(1)</script> Supervising pupils in non-structured breaks and at lunchtime",
                        "Line manage the midday supervisors <img src=x onerror=alert(2)>"),
                java.util.List.of(),
                java.util.List.of(),
                "",
                "");

        String html = panel(typed);

        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>")
                .doesNotContain("<img")
                .doesNotContain("<b>Pupil");
    }

    @Test
    void anEmptyFormIsNotEnoughToJudge() throws Exception {
        assertThat(panel(new ProfileContent(
                        "", "", 0, "", "", "", java.util.List.of(), java.util.List.of(), java.util.List.of(), "", "")))
                .contains("Not enough to judge")
                .contains("Too little text to judge by")
                .doesNotContain("rb-suggestion__number");
    }

    @Test
    void aThinProfileAndATitleOfAnotherGradeAreFlagged() throws Exception {
        ProfileContent thin = new ProfileContent(
                "Midday Supervisor",
                "student-support-services",
                5,
                "",
                "",
                "",
                java.util.List.of("Help with lunchtime"),
                java.util.List.of(),
                java.util.List.of(),
                "",
                "");
        ProfileContent networkManager = org.rolebook.roleprofile.Fixtures.withTitle(seedFormPost(), "Network Manager");

        assertThat(panel(thin))
                .contains("rb-suggestion__number")
                .contains("Flags")
                .contains("Too thin to judge");
        assertThat(panel(networkManager))
                .contains("Title of another grade")
                .contains("is an example title of Grade 9")
                .contains("Example job title");
    }

    @Test
    void aValueTheFormCannotHoldCountsAsNotGiven() {
        assertThat(mvc.post()
                        .uri("/role-profiles/suggestion")
                        .param("grade", "five")
                        .param("postTitle", "Network Manager"))
                .hasStatusOk()
                .bodyText()
                .contains("rb-suggestion");
    }

    @Test
    void onlyThoseWhoWriteProfilesUseThePanelAndAlwaysWithTheFormsToken() {
        assertThat(mvc.post()
                        .uri("/role-profiles/suggestion")
                        .with(user("head").authorities(() -> "ROLE_SCHOOL_EDITOR", () -> "SCHOOL_1"))
                        .param("postTitle", "Network Manager"))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/role-profiles/suggestion")
                        .with(user("panel").roles("EVALUATOR"))
                        .param("postTitle", "Network Manager"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/role-profiles/suggestion")
                        .with(user("governor").roles("VIEWER"))
                        .param("postTitle", "Network Manager"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/role-profiles/suggestion")
                        .with(csrf().useInvalidToken())
                        .param("postTitle", "Network Manager"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/role-profiles/suggestion").with(anonymous()).param("postTitle", "Network Manager"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/sign-in");
    }

    @Test
    void theFormPostsItselfToThePanelAsTheAuthorTypes() {
        assertThat(mvc.get().uri("/role-profiles/new"))
                .hasStatusOk()
                .bodyText()
                .contains("hx-post=\"/role-profiles/suggestion\"")
                .contains("hx-trigger=\"input delay:500ms\"")
                .contains("hx-target=\"#grade-suggestion\"")
                .contains("id=\"grade-suggestion\"")
                .contains(
                        "id=\"grade-suggestion-status\" class=\"govuk-visually-hidden\" role=\"status\">Not enough to judge.</p>")
                .contains("name=\"_csrf\"")
                .contains("Suggested grade")
                .contains("Not enough to judge");
    }

    @Test
    void theEditFormShowsTheStoredVersionsSuggestionAndUpdatesItToo() {
        org.rolebook.roleprofile.RoleProfileData.clear(jdbc);
        long school =
                schools.add(org.rolebook.roleprofile.Fixtures.oakfieldPrimary()).id();
        long id = profiles.create(school, seedFormPost(), new org.rolebook.roleprofile.Actor("head"))
                .id();

        assertThat(mvc.get().uri("/role-profiles/" + id + "/edit"))
                .hasStatusOk()
                .bodyText()
                .contains("hx-post=\"/role-profiles/suggestion\"")
                .contains("<span class=\"rb-suggestion__number\">Grade 5</span>")
                .contains("Agrees");
    }

    @Test
    void withoutScriptsSuggestAGradeShowsTheFormAgainWithThePanel() throws Exception {
        var page = typed(
                        mvc.post()
                                .uri("/role-profiles")
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .param("list", "suggest"),
                        seedFormPost())
                .exchange();

        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).hasStatusOk();
        assertThat(html)
                .contains("<h1 class=\"govuk-heading-l\">Write a role profile</h1>")
                .contains("value=\"Pupil Support Worker\"")
                .contains("<span class=\"rb-suggestion__number\">Grade 5</span>")
                .contains("Suggest a grade")
                .doesNotContain("There is a problem");
    }
}
