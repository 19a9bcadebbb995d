package org.rolebook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Signing in with the form: the first administrator, wrong passwords, locking, disabled users. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class SignInIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.web.context.WebApplicationContext context;

    MvcTestResult signIn(String username, String password) {
        return mvc.post()
                .uri("/sign-in")
                .with(anonymous())
                .with(csrf())
                .param("username", username)
                .param("password", password)
                .exchange();
    }

    @Test
    void theFirstAdministratorSignsInWithTheConfiguredPassword() {
        assertThat(users.find("admin").role()).isEqualTo(Role.HR_ADMIN);
        assertThat(jdbc.sql("select password_hash from app_user where username = 'admin'")
                        .query(String.class)
                        .single())
                .startsWith("{bcrypt}")
                .doesNotContain("browser-test-admin-password");
        assertThat(signIn("admin", "browser-test-admin-password"))
                .hasStatus(HttpStatus.FOUND)
                .headers()
                .hasValue("Location", "/");
        assertThat(signIn("admin", "wrong password")).headers().hasValue("Location", "/sign-in?error");
    }

    @Test
    void aSignedInSessionActsWithItsAccountAsItIsNowAndEndsWhenTheAccountIsDisabled() {
        users.add(new NewUser("changing.user", "a long enough password", Role.HR_ADMIN, Set.of()));
        MvcTestResult signedIn = signIn("changing.user", "a long enough password");
        assertThat(signedIn).headers().hasValue("Location", "/");
        var session = (org.springframework.mock.web.MockHttpSession)
                signedIn.getRequest().getSession(false);
        assertThat(session).isNotNull();
        // requests with nothing but the session, not the HR admin the other tests are signed in as
        MockMvcTester mvc =
                MockMvcTester.create(
                        org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers
                                        .springSecurity())
                                .build());
        assertThat(mvc.get().uri("/users").session(session).exchange()).hasStatusOk();

        users.changeRole("changing.user", Role.VIEWER, Set.of());
        assertThat(mvc.get().uri("/users").session(session).exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/role-profiles/new").session(session).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/role-profiles").session(session).exchange()).hasStatusOk();
        users.changeRole("changing.user", Role.HR_ADMIN, Set.of());
        assertThat(mvc.get().uri("/users").session(session).exchange()).hasStatusOk();

        users.disable("changing.user");
        MvcTestResult after = mvc.get().uri("/role-profiles").session(session).exchange();
        assertThat(after).hasStatus(HttpStatus.FOUND);
        assertThat(after.getResponse().getHeader("Location")).endsWith("/sign-in");
        assertThat(session.isInvalid()).isTrue();
        users.enable("changing.user");
        assertThat(signIn("changing.user", "a long enough password")).headers().hasValue("Location", "/");
    }

    @Test
    void repeatedFailuresLockTheAccount() {
        users.add(new NewUser("locked.out", "a long enough password", Role.VIEWER, Set.of()));
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("locked.out", "not the password")).headers().hasValue("Location", "/sign-in?error");
        }
        assertThat(users.find("locked.out").lockedUntil()).isNotNull();
        assertThat(signIn("locked.out", "a long enough password")).headers().hasValue("Location", "/sign-in?error");
    }

    @Autowired
    org.rolebook.audit.AuditLog audit;

    @Test
    void signInsFailuresAndLocksAreInTheAuditLog() {
        users.add(new NewUser("audited.user", "a long enough password", Role.VIEWER, Set.of()));
        assertThat(signIn("audited.user", "a long enough password")).headers().hasValue("Location", "/");
        for (int i = 0; i < 5; i++) {
            signIn("audited.user", "not the password");
        }
        signIn("audited.user", "a long enough password");
        var entries = audit.find(new org.rolebook.audit.AuditQuery(
                        null, org.rolebook.audit.Kind.SIGN_IN, "user audited.user", null, null, 1, 50))
                .entries()
                .reversed();
        assertThat(entries)
                .extracting(org.rolebook.audit.AuditEntry::action)
                .containsExactly(
                        "signed in",
                        "sign-in failed",
                        "sign-in failed",
                        "sign-in failed",
                        "sign-in failed",
                        "sign-in failed",
                        "account locked",
                        "sign-in failed");
        assertThat(entries.get(1).summary()).isEqualTo("wrong user name or password");
        assertThat(entries.getLast().summary()).isEqualTo("the account is locked");
        // nobody is signed in when a sign-in fails: the name typed is what was tried, never who
        assertThat(entries)
                .extracting(org.rolebook.audit.AuditEntry::actor)
                .containsExactly(
                        "audited.user",
                        "not signed in",
                        "not signed in",
                        "not signed in",
                        "not signed in",
                        "not signed in",
                        "not signed in",
                        "not signed in");

        signIn("import", "any password");
        var spoofed = audit.find(new org.rolebook.audit.AuditQuery(
                        null, org.rolebook.audit.Kind.SIGN_IN, "user import", null, null, 1, 50))
                .entries();
        assertThat(spoofed).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("not signed in");
            assertThat(entry.summary()).isEqualTo("wrong user name or password; no user has this name");
        });
    }

    @Test
    void eachWrongPasswordInARowIsAnsweredMoreSlowly() {
        var step = java.time.Duration.ofMillis(300);
        assertThat(org.rolebook.security.internal.SlowerAfterFailuresProbe.delay(step, 0))
                .isEqualTo(step);
        assertThat(org.rolebook.security.internal.SlowerAfterFailuresProbe.delay(step, 3))
                .isEqualTo(java.time.Duration.ofMillis(900));
        assertThat(org.rolebook.security.internal.SlowerAfterFailuresProbe.delay(step, 50))
                .isEqualTo(java.time.Duration.ofMillis(2400));
    }

    @Test
    void aDisabledUserCannotSignIn() {
        users.add(new NewUser("gone", "a long enough password", Role.VIEWER, Set.of()));
        users.disable("gone");
        assertThat(signIn("gone", "a long enough password")).headers().hasValue("Location", "/sign-in?error");
    }
}
