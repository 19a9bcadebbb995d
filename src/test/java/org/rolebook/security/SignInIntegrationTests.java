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
    void repeatedFailuresLockTheAccount() {
        users.add(new NewUser("locked.out", "a long enough password", Role.VIEWER, Set.of()));
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("locked.out", "not the password")).headers().hasValue("Location", "/sign-in?error");
        }
        assertThat(users.find("locked.out").lockedUntil()).isNotNull();
        assertThat(signIn("locked.out", "a long enough password")).headers().hasValue("Location", "/sign-in?error");
    }

    @Test
    void aDisabledUserCannotSignIn() {
        users.add(new NewUser("gone", "a long enough password", Role.VIEWER, Set.of()));
        users.disable("gone");
        assertThat(signIn("gone", "a long enough password")).headers().hasValue("Location", "/sign-in?error");
    }
}
