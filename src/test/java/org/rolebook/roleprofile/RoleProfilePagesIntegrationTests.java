package org.rolebook.roleprofile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The role profile pages: the form with its errors and list editing, the profile, workflow, versions. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class RoleProfilePagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Schools schools;

    @Autowired
    JdbcClient jdbc;

    School school;

    @BeforeEach
    void school() {
        RoleProfileData.clear(jdbc);
        school = schools.add(Fixtures.oakfieldPrimary());
    }

    @Test
    void errorsStandNextToTheirFieldsAndNothingIsSaved() {
        var page = mvc.post()
                .uri("/role-profiles")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("schoolId", String.valueOf(school.id()))
                .param("postTitle", "")
                .param("familySlug", "student-support-services")
                .param("grade", "5")
                .param("date", "31/02/23")
                .param("accountabilities[0]", "<script>alert(1)</script>")
                .exchange();

        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains("There is a problem")
                .contains("href=\"#postTitle\"")
                .contains("Enter the post title")
                .contains("&quot;31/02/23&quot; is not a date that exists")
                .contains("govuk-form-group--error")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(profiles.list(ProfileQuery.all()).total()).isZero();

        // without a school, the other fields at fault are named at the same time
        assertThat(mvc.post()
                        .uri("/role-profiles")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("postTitle", "")
                        .param("familySlug", "student-support-services")
                        .param("date", "31/02/23")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("href=\"#schoolId\"", "Choose the school")
                .contains("href=\"#postTitle\"", "Enter the post title")
                .contains("Choose the grade")
                .contains("&quot;31/02/23&quot; is not a date that exists");
        assertThat(profiles.list(ProfileQuery.all()).total()).isZero();
    }

    @Test
    void listItemsAreAddedMovedAndRemovedWithoutLosingWhatWasTyped() throws Exception {
        var moved = mvc.post()
                .uri("/role-profiles")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("schoolId", String.valueOf(school.id()))
                .param("postTitle", "Pupil Support Worker")
                .param("accountabilities[0]", "first")
                .param("accountabilities[1]", "second")
                .param("list", "up:accountabilities:1")
                .exchange();

        String html = moved.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html.indexOf(">second</textarea>")).isLessThan(html.indexOf(">first</textarea>"));
        assertThat(html).contains("value=\"Pupil Support Worker\"");
        assertThat(profiles.list(ProfileQuery.all()).total()).isZero();
    }

    @Test
    void aSavedProfileIsShownWithItsGradeProfileAndWalksTheWorkflow() throws Exception {
        var created = mvc.post()
                .uri("/role-profiles")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("schoolId", String.valueOf(school.id()))
                .param("postTitle", "Pupil Support Worker")
                .param("familySlug", "student-support-services")
                .param("grade", "5")
                .param("staffResponsibility", "No")
                .param("accountabilities[0]", "Work one to one with targeted pupils")
                .param("date", "28/02/23")
                .exchange();
        assertThat(created).hasStatus(HttpStatus.FOUND);
        String location = created.getResponse().getRedirectedUrl();

        assertThat(mvc.get().uri(location))
                .hasStatusOk()
                .bodyText()
                .contains("Pupil Support Worker")
                .contains("Grade profile: Level Five – Operative / Support (Grade 5)")
                .contains("Submit for evaluation");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(mvc.post().uri(location + "/workflow").param("lockVersion", "1"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem")
                .contains("action: is required; nothing was saved");
        assertThat(mvc.post()
                        .uri(location + "/workflow")
                        .param("action", "submit")
                        .param("lockVersion", "1")
                        .param("grade", "7"))
                .bodyText()
                .contains("a submission takes no grade");
        assertThat(profiles.get(id).status()).isEqualTo(Status.DRAFT);
        assertThat(mvc.post()
                        .uri(location + "/workflow")
                        .param("action", "submit")
                        .param("lockVersion", "1"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post()
                        .uri(location + "/workflow")
                        .param("action", "approve")
                        .param("lockVersion", "1"))
                .hasStatusOk()
                .bodyText()
                .contains("Someone else changed this role profile after you opened it: it is now submitted");
        assertThat(mvc.post()
                        .uri(location + "/workflow")
                        .param("action", "approve")
                        .param("lockVersion", "2")
                        .param("rationale", Fixtures.RATIONALE))
                .hasStatus(HttpStatus.FOUND);
        assertThat(profiles.get(id).status()).isEqualTo(Status.APPROVED);
        assertThat(mvc.get().uri(location)).bodyText().contains("approved").doesNotContain("Submit for evaluation");
    }

    @Test
    void aConcurrentEditKeepsWhatWasTypedAndShowsTheSavedVersion() {
        RoleProfile profile = profiles.create(school.id(), Fixtures.pupilSupportWorkerGrade5(), new Actor("first"));
        profiles.update(
                profile.id(),
                1,
                Fixtures.withTitle(Fixtures.pupilSupportWorkerGrade5(), "Saved meanwhile"),
                new Actor("first"));

        var refused = mvc.post()
                .uri("/role-profiles/" + profile.id())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("schoolId", String.valueOf(school.id()))
                .param("lockVersion", "1")
                .param("postTitle", "My edit")
                .param("familySlug", "student-support-services")
                .param("grade", "5")
                .exchange();

        assertThat(refused)
                .hasStatusOk()
                .bodyText()
                .contains("someone else saved this role profile")
                .contains("value=\"My edit\"")
                .contains("Saved meanwhile");
        assertThat(profiles.get(profile.id()).content().postTitle()).isEqualTo("Saved meanwhile");
    }

    @Test
    void whatCannotBeSavedIsNotOfferedAndWhatWasTypedSurvivesAStateChangedMeanwhile() {
        RoleProfile draft = profiles.create(school.id(), Fixtures.pupilSupportWorkerGrade5(), new Actor("editor"));
        assertThat(mvc.get().uri("/role-profiles/" + draft.id() + "/edit"))
                .hasStatusOk()
                .bodyText()
                .contains("Oakfield Primary School (" + school.urn() + ")")
                .doesNotContain("<select class=\"govuk-select\" id=\"schoolId\"");
        RoleProfile submitted = profiles.submit(draft.id(), draft.lockVersion(), new Actor("editor"));

        var edit = mvc.get().uri("/role-profiles/" + draft.id() + "/edit").exchange();
        assertThat(edit).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/role-profiles/" + draft.id());
        assertThat(edit.getMvcResult().getFlashMap().get("notice"))
                .isEqualTo("A submitted role profile cannot be edited: an evaluator approves or returns it first.");

        // the form was opened before the profile was submitted: saving it keeps what was typed
        assertThat(mvc.post()
                        .uri("/role-profiles/" + draft.id())
                        .param("schoolId", String.valueOf(school.id()))
                        .param("lockVersion", String.valueOf(submitted.lockVersion()))
                        .param("postTitle", "My late edit")
                        .param("familySlug", "student-support-services")
                        .param("grade", "5")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("A submitted role profile cannot be edited")
                .contains("Nothing was saved; what you typed is below.")
                .contains("value=\"My late edit\"");

        // an approval sent after someone else returned the profile: the profile as it is now, the rationale kept
        profiles.returnWithComment(draft.id(), submitted.lockVersion(), new Actor("panel"), "Say more");
        assertThat(mvc.post()
                        .uri("/role-profiles/" + draft.id() + "/workflow")
                        .param("action", "approve")
                        .param("lockVersion", String.valueOf(submitted.lockVersion()))
                        .param("rationale", "My careful reasons")
                        .param("grade", "5")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("Someone else changed this role profile after you opened it: it is now returned")
                .contains("My careful reasons");
        assertThat(profiles.get(draft.id()).status()).isEqualTo(Status.RETURNED);

        // an evaluator has no step to take on a returned profile: no workflow form is offered
        assertThat(
                        mvc.get()
                                .uri("/role-profiles/" + draft.id())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("panel")
                                        .roles("EVALUATOR")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("/role-profiles/" + draft.id() + "/workflow")
                .doesNotContain("Comment (needed to return a profile)");
    }

    @Test
    void aPagePastTheLastShowsTheLastAndAChoiceNotOfferedListsTheChoices() {
        profiles.create(school.id(), Fixtures.pupilSupportWorkerGrade5(), new Actor("editor"));
        assertThat(mvc.get().uri("/role-profiles?page=7"))
                .hasStatusOk()
                .bodyText()
                .contains("Pupil Support Worker");
        assertThat(mvc.get().uri("/role-profiles?sort=title"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("sort: &quot;title&quot; is not a valid value; it is one of TITLE, GRADE, UPDATED, SCHOOL");
        // a school's page offers to write a profile only to those who may write one there
        School other = schools.add(Fixtures.riversideHigh());
        var editorElsewhere =
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                                "editor.elsewhere")
                        .authorities(
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "ROLE_SCHOOL_EDITOR"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                        "SCHOOL_" + other.id()));
        assertThat(mvc.get().uri("/schools/" + school.id()).with(editorElsewhere))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Write a role profile for this school");
        assertThat(mvc.get().uri("/schools/" + other.id()).with(editorElsewhere))
                .hasStatusOk()
                .bodyText()
                .contains("Write a role profile for this school");
    }

    @Test
    void versionsAreComparedAndSchoolsListTheirPostsByGrade() {
        RoleProfile profile = profiles.create(school.id(), Fixtures.pupilSupportWorkerGrade5(), new Actor("editor"));
        profiles.update(
                profile.id(),
                1,
                Fixtures.withTitle(Fixtures.pupilSupportWorkerGrade5(), "Senior Pupil Support Worker"),
                new Actor("editor"));

        assertThat(mvc.get().uri("/role-profiles/" + profile.id() + "/versions/1/diff/2"))
                .hasStatusOk()
                .bodyText()
                .contains("What changed from version 1 to 2")
                .contains("<ins class=\"rb-added\"><span class=\"govuk-visually-hidden\">added: </span>Senior</ins>")
                .contains("Student Support Services")
                .doesNotContain("student-support-services<");
        assertThat(mvc.get().uri("/schools/" + school.id()))
                .hasStatusOk()
                .bodyText()
                .contains("Grade 5")
                .contains("Senior Pupil Support Worker");
        assertThat(mvc.get().uri("/role-profiles?q=senior"))
                .hasStatusOk()
                .bodyText()
                .contains("1 role profile");
    }

    @Test
    void aSchoolListsItsPostsByTheirApprovedGrade() throws Exception {
        RoleProfile profile = profiles.create(school.id(), Fixtures.pupilSupportWorkerGrade5(), new Actor("editor"));
        profile = profiles.submit(profile.id(), profile.lockVersion(), new Actor("editor"));
        profile = profiles.approve(profile.id(), profile.lockVersion(), new Actor("hr"), null, Fixtures.RATIONALE);
        profiles.update(
                profile.id(),
                profile.lockVersion(),
                Fixtures.withGrade(Fixtures.pupilSupportWorkerGrade5(), 6),
                new Actor("editor"));
        profiles.create(
                school.id(),
                Fixtures.withTitle(Fixtures.pupilSupportWorkerGrade5(), "Nurture Lead"),
                new Actor("editor"));

        String page = mvc.get()
                .uri("/schools/" + school.id())
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page)
                .containsSubsequence("Grade 5", "Pupil Support Worker", "being revised: Grade 6 proposed")
                .containsSubsequence("Not yet approved", "Nurture Lead", "Grade 5 proposed")
                .doesNotContain(">Grade 6</h2>");
    }

    @Test
    void anHrAdminChangesASchoolAndTheChangeIsNamedWhenWrong() throws Exception {
        School riverside = schools.add(Fixtures.riversideHigh());
        assertThat(mvc.get().uri("/schools/" + school.id() + "/edit"))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"Oakfield Primary School\"");
        assertThat(mvc.post()
                        .uri("/schools/" + school.id())
                        .param("urn", riverside.urn())
                        .param("name", "Oakfield Primary Academy")
                        .param("phase", "PRIMARY"))
                .hasStatus(org.springframework.http.HttpStatus.OK)
                .bodyText()
                .contains("another school, Riverside High School, has URN " + riverside.urn())
                .contains("value=\"Oakfield Primary Academy\"");
        assertThat(schools.get(school.id()).name()).isEqualTo("Oakfield Primary School");
        // every field at fault is named at once, beside its field and in the summary
        assertThat(mvc.post()
                        .uri("/schools")
                        .param("urn", "abc")
                        .param("name", "")
                        .param("pupils", "20000"))
                .hasStatus(org.springframework.http.HttpStatus.OK)
                .bodyText()
                .contains("href=\"#name\"", "href=\"#urn\"", "href=\"#phase\"", "href=\"#pupils\"")
                .contains("Enter the school&#39;s name")
                .contains("a unique reference number is 6 to 8 digits, not &quot;abc&quot;")
                .contains("Choose the school&#39;s phase")
                .contains("the number of pupils must be between 1 and 10000");
        assertThat(mvc.post()
                        .uri("/schools/" + school.id())
                        .param("urn", school.urn())
                        .param("name", "Oakfield Primary Academy")
                        .param("phase", "PRIMARY")
                        .param("pupils", "420"))
                .hasStatus(org.springframework.http.HttpStatus.FOUND);
        assertThat(schools.get(school.id()).name()).isEqualTo("Oakfield Primary Academy");
        assertThat(schools.get(school.id()).pupils()).isEqualTo(420);
    }
}
