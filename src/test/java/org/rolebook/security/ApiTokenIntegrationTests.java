package org.rolebook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.rolebook.framework.FieldProblem;
import org.rolebook.roleprofile.Actor;
import org.rolebook.roleprofile.Fixtures;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfileData;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.School;
import org.rolebook.roleprofile.Schools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * API tokens: made for a user, used as a bearer token with that user's role and schools, no CSRF
 * token needed, refused once revoked or expired or when the user is disabled, stored as a hash.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class ApiTokenIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Users users;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Schools schools;

    @Autowired
    JdbcClient jdbc;

    School oakfield;
    School riverside;
    RoleProfile riversideDraft;
    String editorToken;

    @BeforeEach
    void editorWithAToken() {
        RoleProfileData.clear(jdbc);
        jdbc.sql("delete from api_token").update();
        oakfield = schools.add(Fixtures.oakfieldPrimary());
        riverside = schools.add(Fixtures.riversideHigh());
        riversideDraft = profiles.create(riverside.id(), Fixtures.pupilSupportWorkerGrade5(), new Actor("other"));
        String name = "token.editor." + System.nanoTime();
        users.add(new NewUser(name, "a long enough password", Role.SCHOOL_EDITOR, Set.of(oakfield.id())));
        editorToken = tokens.create(name, "timetabling system", 30).secret();
    }

    MvcTestResult withToken(String method, String uri, String token) {
        var request = switch (method) {
            case "POST" -> mvc.post();
            default -> mvc.get();
        };
        return request.uri(uri)
                .with(anonymous())
                .header("Authorization", "Bearer " + token)
                .exchange();
    }

    @Test
    void aTokenActsAsItsUserWithTheirSchools() {
        assertThat(withToken("GET", "/api/role-profiles", editorToken)).hasStatusOk();
        assertThat(withToken("GET", "/api/role-profiles/" + riversideDraft.id(), editorToken))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(withToken("GET", "/api/families", editorToken)).hasStatusOk();
        assertThat(withToken("POST", "/api/role-profiles/" + riversideDraft.id() + "/approve", editorToken))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.field")
                .isEqualTo("access");
        assertThat(mvc.get().uri("/api/role-profiles").with(anonymous()))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson()
                .extractingPath("$.field")
                .isEqualTo("Authorization");
    }

    @Test
    void aWriteWithATokenNeedsNoCsrfToken() throws Exception {
        String body = """
                {"schoolId": %d, "postTitle": "Pupil Support Worker", "familySlug": "student-support-services",
                 "grade": 5, "staffResponsibility": "No", "essentialCarUser": "No", "scope": "Pupils in class",
                 "accountabilities": ["Support pupils"], "optionalDuties": [], "additionalInformation": [],
                 "preparedBy": "Head", "date": "01/02/23"}
                """.formatted(oakfield.id());
        assertThat(mvc.post()
                        .uri("/api/role-profiles")
                        .with(anonymous())
                        .header("Authorization", "Bearer " + editorToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .exchange())
                .hasStatus(HttpStatus.CREATED);
        // with the browser's session instead, the write needs the page's CSRF token, and says so
        assertThat(
                        mvc.post()
                                .uri("/api/role-profiles")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()
                                        .useInvalidToken())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body)
                                .exchange())
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.field")
                .isEqualTo("X-CSRF-TOKEN");
    }

    @Test
    void aClientHoldingOnlyATokenReadsTheApiDescription() {
        assertThat(mvc.get()
                        .uri("/v3/api-docs")
                        .with(anonymous())
                        .header("Authorization", "Bearer " + editorToken)
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.info.title")
                .isEqualTo("Rolebook API");
        assertThat(mvc.get()
                        .uri("/v3/api-docs")
                        .with(anonymous())
                        .header("Authorization", "Bearer rbk_not-a-token")
                        .exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void unknownRevokedAndExpiredTokensAndDisabledUsersAreRefused() {
        assertThat(withToken("GET", "/api/role-profiles", "rbk_not-a-token"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .headers()
                .hasValue("WWW-Authenticate", "Bearer error=\"invalid_token\"");

        String name = "token.user." + System.nanoTime();
        users.add(new NewUser(name, "a long enough password", Role.VIEWER, Set.of()));
        NewToken revoked = tokens.create(name, "one", 10);
        tokens.revoke(revoked.token().id(), name);
        assertThat(withToken("GET", "/api/role-profiles", revoked.secret())).hasStatus(HttpStatus.UNAUTHORIZED);

        NewToken expired = tokens.create(name, "two", 10);
        jdbc.sql("update api_token set expires_at = created_at where id = ?")
                .param(expired.token().id())
                .update();
        assertThat(withToken("GET", "/api/role-profiles", expired.secret())).hasStatus(HttpStatus.UNAUTHORIZED);

        NewToken live = tokens.create(name, "three", 10);
        assertThat(withToken("GET", "/api/role-profiles", live.secret())).hasStatusOk();
        users.disable(name);
        assertThat(withToken("GET", "/api/role-profiles", live.secret())).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTokenIsForTheApiOnlyAndIsStoredAsAHash() {
        assertThat(withToken("GET", "/role-profiles", editorToken))
                .hasStatus(HttpStatus.FOUND)
                .headers()
                .hasValue("Location", "/sign-in");
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ? or token_start = ?")
                        .params(editorToken, editorToken)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select token_hash from api_token")
                        .query(String.class)
                        .list())
                .allSatisfy(hash -> assertThat(hash).hasSize(64).doesNotContain(editorToken));
    }

    @Test
    void anotherUsersTokenCannotBeRevokedAndBadValuesAreNamed() {
        long id = tokens.of(users.all().stream()
                        .filter(u -> u.username().startsWith("token.editor."))
                        .reduce((a, b) -> b)
                        .orElseThrow()
                        .username())
                .getFirst()
                .id();
        assertThatThrownBy(() -> tokens.revoke(id, "admin")).hasMessageContaining("no API token with id " + id);
        assertThatThrownBy(() -> tokens.create("admin", "x", 0))
                .isInstanceOf(FieldProblem.class)
                .hasMessageContaining("1 to 365 days");
        assertThatThrownBy(() -> tokens.create("admin", " ", 10))
                .isInstanceOf(FieldProblem.class)
                .extracting("field")
                .isEqualTo("name");
    }
}
