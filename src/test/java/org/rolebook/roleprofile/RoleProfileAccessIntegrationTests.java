package org.rolebook.roleprofile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Each role sees and does exactly its part; another school's draft cannot even be known to exist. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class RoleProfileAccessIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Schools schools;

    @Autowired
    JdbcClient jdbc;

    School oakfield;
    School riverside;
    RoleProfile riversideDraft;
    RoleProfile riversideApproved;

    @BeforeEach
    void twoSchools() {
        RoleProfileData.clear(jdbc);
        oakfield = schools.add(Fixtures.oakfieldPrimary());
        riverside = schools.add(Fixtures.riversideHigh());
        Actor editor = new Actor("riverside-editor");
        riversideDraft = profiles.create(
                riverside.id(), Fixtures.withTitle(Fixtures.pupilSupportWorkerGrade5(), "Secret Draft Post"), editor);
        RoleProfile approved = profiles.create(
                riverside.id(), Fixtures.withTitle(Fixtures.pupilSupportWorkerGrade5(), "Approved Post"), editor);
        approved = profiles.submit(approved.id(), approved.lockVersion(), editor);
        riversideApproved =
                profiles.approve(approved.id(), approved.lockVersion(), new Actor("hr"), null, Fixtures.RATIONALE);
    }

    RequestPostProcessor oakfieldEditor() {
        return user("oakfield-editor").authorities(() -> "ROLE_SCHOOL_EDITOR", () -> "SCHOOL_" + oakfield.id());
    }

    RequestPostProcessor viewer() {
        return user("governor").roles("VIEWER");
    }

    @Test
    void nothingButSignInAndHealthWithoutSigningIn() {
        assertThat(mvc.get().uri("/role-profiles").with(anonymous()))
                .hasStatus(HttpStatus.FOUND)
                .headers()
                .hasValue("Location", "/sign-in");
        assertThat(mvc.get().uri("/").with(anonymous())).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/api/families").with(anonymous())).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/sign-in").with(anonymous())).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/health").with(anonymous())).hasStatusOk();
    }

    @Test
    void anotherSchoolsDraftIsNotFoundByPageApiSearchOrExport() {
        assertThat(mvc.get().uri("/role-profiles/" + riversideDraft.id()).with(oakfieldEditor()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/role-profiles/" + riversideDraft.id()).with(oakfieldEditor()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/api/role-profiles/" + riversideDraft.id() + "/versions")
                        .with(oakfieldEditor()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/role-profiles?q=secret").with(oakfieldEditor()))
                .bodyText()
                .contains("0 role profiles");
        assertThat(mvc.get().uri("/api/role-profiles/export.csv").with(oakfieldEditor()))
                .bodyText()
                .doesNotContain("Secret Draft Post")
                .contains("Approved Post");
        assertThat(mvc.get().uri("/api/role-profiles/export.json").with(oakfieldEditor()))
                .bodyText()
                .doesNotContain("Secret Draft Post")
                .contains("Approved Post");
        assertThat(mvc.get().uri("/api/role-profiles/export.json").with(viewer()))
                .bodyText()
                .doesNotContain("Secret Draft Post")
                .contains("Approved Post");
        assertThat(mvc.get().uri("/role-profiles/" + riversideApproved.id()).with(oakfieldEditor()))
                .hasStatusOk();
        assertThat(mvc.get().uri("/role-profiles/" + riversideDraft.id())).hasStatusOk();
    }

    @Test
    void aSchoolEditorWritesForTheirOwnSchoolOnly() {
        String own = body(oakfield.id());
        assertThat(mvc.post()
                        .uri("/api/role-profiles")
                        .with(oakfieldEditor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(own))
                .hasStatus(HttpStatus.CREATED);
        assertThat(mvc.post()
                        .uri("/api/role-profiles")
                        .with(oakfieldEditor())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(riverside.id())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/api/role-profiles/" + riversideApproved.id() + "/approve")
                        .with(oakfieldEditor())
                        .header("If-Match", "\"" + riversideApproved.lockVersion() + "\""))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void theWorkBehindAnApprovedProfileIsShownOnlyToItsSchoolEvaluatorsAndHr() {
        String approved = "/role-profiles/" + riversideApproved.id();
        for (RequestPostProcessor reader : List.of(viewer(), oakfieldEditor())) {
            assertThat(mvc.get().uri(approved).with(reader))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Approved Post")
                    .doesNotContain("History")
                    .doesNotContain("Versions");
            assertThat(mvc.get().uri("/api" + approved + "/decisions").with(reader))
                    .hasStatusOk();
            for (String work : List.of("/versions", "/history", "/versions/1/diff/1")) {
                assertThat(mvc.get().uri("/api" + approved + work).with(reader))
                        .as(work)
                        .hasStatus(HttpStatus.NOT_FOUND);
            }
            assertThat(mvc.get().uri(approved + "/versions/1/diff/1").with(reader))
                    .hasStatus(HttpStatus.NOT_FOUND);
        }
        assertThat(mvc.get().uri("/api" + approved + "/history").with(user("hr").roles("HR_ADMIN")))
                .hasStatusOk();
        assertThat(mvc.get().uri(approved).with(user("hr").roles("HR_ADMIN")))
                .bodyText()
                .contains("History")
                .contains("Versions");
    }

    @Test
    void aNewVersionOverAnApprovedProfileLeavesTheApprovedOneShownToThoseWhoSeeOnlyApprovedProfiles() {
        Actor editor = new Actor("riverside-editor");
        RoleProfile revising = profiles.update(
                riversideApproved.id(),
                riversideApproved.lockVersion(),
                Fixtures.withGrade(Fixtures.withTitle(Fixtures.pupilSupportWorkerGrade5(), "Revised Secretly"), 6),
                editor);
        assertThat(revising.status()).isEqualTo(Status.DRAFT);
        String page = "/role-profiles/" + riversideApproved.id();
        String api = "/api" + page;
        for (RequestPostProcessor reader : List.of(viewer(), oakfieldEditor())) {
            assertThat(mvc.get().uri(page).with(reader))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Approved Post")
                    .contains("Approved")
                    .doesNotContain("Revised Secretly")
                    .doesNotContain("Draft");
            assertThat(mvc.get().uri(api).with(reader))
                    .hasStatusOk()
                    .bodyJson()
                    .satisfies(json -> assertThat(json.getJson())
                            .contains("\"APPROVED\"")
                            .contains("Approved Post")
                            .doesNotContain("Revised Secretly"));
            assertThat(mvc.get().uri(page + "/form.html").with(reader))
                    .hasStatusOk()
                    .bodyText()
                    .contains("Approved Post")
                    .doesNotContain("Revised Secretly");
            // found, filtered and sorted by the approved version's values, never by the new one's
            assertThat(mvc.get().uri("/role-profiles?grade=5").with(reader))
                    .bodyText()
                    .contains("Approved Post");
            assertThat(mvc.get().uri("/role-profiles?grade=6").with(reader))
                    .bodyText()
                    .contains("0 role profiles");
            assertThat(mvc.get().uri("/role-profiles?q=secretly").with(reader))
                    .bodyText()
                    .contains("0 role profiles");
            assertThat(mvc.get().uri("/role-profiles?status=DRAFT").with(reader))
                    .bodyText()
                    .doesNotContain("Approved Post");
            assertThat(mvc.get()
                            .uri("/api/role-profiles/export.csv?status=APPROVED")
                            .with(reader))
                    .bodyText()
                    .contains("Approved Post")
                    .doesNotContain("Revised Secretly");
            assertThat(mvc.get().uri("/api/role-profiles/export.json").with(reader))
                    .bodyText()
                    .contains("Approved Post")
                    .doesNotContain("Revised Secretly");
            assertThat(mvc.get().uri(api + "/history").with(reader)).hasStatus(HttpStatus.NOT_FOUND);
        }
        // the school's own editors and HR see the new version as it stands
        RequestPostProcessor riversideEditor =
                user("riverside-editor").authorities(() -> "ROLE_SCHOOL_EDITOR", () -> "SCHOOL_" + riverside.id());
        for (RequestPostProcessor reader : List.of(riversideEditor, user("hr").roles("HR_ADMIN"))) {
            assertThat(mvc.get().uri(page).with(reader)).bodyText().contains("Revised Secretly");
            assertThat(mvc.get().uri("/role-profiles?grade=6").with(reader))
                    .bodyText()
                    .contains("Revised Secretly");
        }

        RoleProfile archived = profiles.archive(revising.id(), revising.lockVersion(), new Actor("hr"), null);
        assertThat(archived.status()).isEqualTo(Status.ARCHIVED);
        assertThat(mvc.get().uri(page).with(viewer())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/role-profiles?grade=5").with(viewer()))
                .bodyText()
                .doesNotContain("Approved Post");
    }

    @Test
    void aViewerReadsApprovedProfilesAndChangesNothing() {
        assertThat(mvc.get().uri("/role-profiles/" + riversideApproved.id()).with(viewer()))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Submit for evaluation")
                .doesNotContain("Archive");
        assertThat(mvc.get().uri("/role-profiles/" + riversideDraft.id()).with(viewer()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/api/role-profiles")
                        .with(viewer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(oakfield.id())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/schools")
                        .with(viewer())
                        .param("name", "X")
                        .param("urn", "123456")
                        .param("phase", "PRIMARY"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anEvaluatorDecides() {
        RoleProfile submitted =
                profiles.submit(riversideDraft.id(), riversideDraft.lockVersion(), new Actor("riverside-editor"));

        assertThat(mvc.post()
                        .uri("/api/role-profiles/" + submitted.id() + "/approve")
                        .with(user("panel").roles("EVALUATOR"))
                        .header("If-Match", "\"" + submitted.lockVersion() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rationale\": \"" + Fixtures.RATIONALE + "\"}"))
                .hasStatusOk();
        assertThat(profiles.history(submitted.id()).getLast().actor()).isEqualTo("panel");
    }

    @Test
    void aPostWithoutAValidCsrfTokenIsRefused() {
        assertThat(mvc.post()
                        .uri("/schools")
                        .with(csrf().useInvalidToken())
                        .param("name", "X")
                        .param("urn", "123456"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(schools.all()).hasSize(2);
    }

    @Test
    void headersForbidFramingSniffingAndForeignScripts() {
        var page = mvc.get().uri("/").exchange();
        assertThat(page.getResponse().getHeader("Content-Security-Policy"))
                .contains("frame-ancestors 'none'")
                .contains("script-src 'self'");
        assertThat(page.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private static String body(long school) {
        return """
                {"schoolId": %d, "postTitle": "Learning Mentor", "familySlug": "student-support-services", "grade": 5}""".formatted(school);
    }
}
