package org.rolebook.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.rolebook.roleprofile.Fixtures;
import org.rolebook.roleprofile.RoleProfileData;
import org.rolebook.roleprofile.School;
import org.rolebook.roleprofile.Schools;
import org.rolebook.security.NewUser;
import org.rolebook.security.Role;
import org.rolebook.security.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The users pages, a user's own account page (password, tokens) and the audit log page. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class AdministrationPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Users users;

    @Autowired
    Schools schools;

    @Autowired
    JdbcClient jdbc;

    School oakfield;

    @BeforeEach
    void school() {
        RoleProfileData.clear(jdbc);
        oakfield = schools.add(Fixtures.oakfieldPrimary());
        if (users.all().stream().noneMatch(u -> u.username().equals("hr-admin"))) {
            users.add(new NewUser("hr-admin", "a long enough password", Role.HR_ADMIN, Set.of()));
        }
    }

    static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anHrAdminAddsAUserWhosePasswordIsShownOnceThenChangesTheirRoleAndDisablesThem() throws Exception {
        String name = "head." + System.nanoTime();
        MvcTestResult added = mvc.post()
                .uri("/users")
                .param("username", name)
                .param("role", "SCHOOL_EDITOR")
                .param("school", String.valueOf(oakfield.id()))
                .exchange();
        assertThat(added).hasStatusOk();
        Matcher password =
                Pattern.compile("id=\"new-password\">([A-Za-z0-9_-]{20,})<").matcher(html(added));
        assertThat(password.find()).as(html(added)).isTrue();
        assertThat(html(added)).contains("Oakfield Primary School (" + oakfield.urn() + ")");
        assertThat(html(mvc.get().uri("/users/" + name).exchange())).doesNotContain(password.group(1));

        assertThat(mvc.post()
                        .uri("/users/" + name + "/role")
                        .param("role", "EVALUATOR")
                        .param("school", String.valueOf(oakfield.id()))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("only school editors are bound to schools");
        assertThat(mvc.post()
                        .uri("/users/" + name + "/role")
                        .param("role", "EVALUATOR")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(users.find(name).role()).isEqualTo(Role.EVALUATOR);
        assertThat(mvc.post().uri("/users/" + name + "/disable").exchange()).hasStatus(HttpStatus.FOUND);
        assertThat(users.find(name).enabled()).isFalse();
        assertThat(html(mvc.get().uri("/users").exchange())).contains(name).contains("Disabled");
    }

    @Test
    void badInputIsNamedAndNothingChanges() throws Exception {
        int before = users.all().size();
        assertThat(html(mvc.post()
                        .uri("/users")
                        .param("username", "x")
                        .param("role", "VIEWER")
                        .exchange()))
                .contains("There is a problem")
                .contains("3 to 100 letters");
        assertThat(html(mvc.post()
                        .uri("/users")
                        .param("username", "nobody.role")
                        .exchange()))
                .contains("Choose the user&#39;s role");
        // both at once, beside their fields and in the summary
        assertThat(html(mvc.post().uri("/users").param("username", "x").exchange()))
                .contains("href=\"#username\"", "href=\"#role\"")
                .contains("3 to 100 letters")
                .contains("Choose the user&#39;s role");
        assertThat(html(mvc.post()
                        .uri("/users")
                        .param("username", "nowhere.editor")
                        .param("role", "SCHOOL_EDITOR")
                        .param("school", "999999")
                        .exchange()))
                .contains("no school with id 999999 is registered");
        assertThat(users.all()).hasSize(before);
    }

    @Test
    void theLastHrAdminCannotBeDisabled() throws Exception {
        for (var user : users.all()) {
            if (user.role() == Role.HR_ADMIN
                    && user.enabled()
                    && !user.username().equals("hr-admin")) {
                users.disable(user.username());
            }
        }
        assertThat(html(mvc.post().uri("/users/hr-admin/disable").exchange()))
                .contains("hr-admin is the last enabled HR admin");
        assertThat(users.find("hr-admin").enabled()).isTrue();
        users.enable("admin");
    }

    @Test
    void aUserChangesTheirPasswordAndMakesAndRevokesAToken() throws Exception {
        String name = "own.account." + System.nanoTime();
        users.add(new NewUser(name, "the first long password", Role.VIEWER, Set.of()));
        var me = user(name).roles("VIEWER");

        assertThat(html(mvc.post()
                        .uri("/account/password")
                        .with(me)
                        .param("current", "not it at all")
                        .param("password", "the second long password")
                        .param("confirm", "the second long password")
                        .exchange()))
                .contains("The current password is not right");
        // every field at fault at once
        assertThat(html(mvc.post()
                        .uri("/account/password")
                        .with(me)
                        .param("current", "not it at all")
                        .param("password", "short")
                        .param("confirm", "shorter")
                        .exchange()))
                .contains("href=\"#current\"", "href=\"#password\"", "href=\"#confirm\"")
                .contains("The current password is not right")
                .contains("The new password needs at least")
                .contains("The two new passwords are not the same");
        assertThat(mvc.post()
                        .uri("/account/password")
                        .with(me)
                        .param("current", "the first long password")
                        .param("password", "the second long password")
                        .param("confirm", "the second long password")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(
                        mvc.post()
                                .uri("/sign-in")
                                .with(anonymous())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("username", name)
                                .param("password", "the second long password")
                                .exchange())
                .headers()
                .hasValue("Location", "/");

        MvcTestResult made = mvc.post()
                .uri("/account/tokens")
                .with(me)
                .param("name", "reporting")
                .param("days", "30")
                .exchange();
        Matcher token =
                Pattern.compile("id=\"new-token\">(rbk_[A-Za-z0-9_-]{40,})<").matcher(html(made));
        assertThat(token.find()).as(html(made)).isTrue();
        assertThat(mvc.get()
                        .uri("/api/role-profiles")
                        .with(anonymous())
                        .header("Authorization", "Bearer " + token.group(1))
                        .exchange())
                .hasStatusOk();
        String account = html(mvc.get().uri("/account").with(me).exchange());
        assertThat(account).contains("reporting").contains("active").doesNotContain(token.group(1));

        long id = jdbc.sql("select id from api_token where username = ?")
                .param(name)
                .query(Long.class)
                .single();
        assertThat(mvc.post().uri("/account/tokens/" + id + "/revoke").with(me).exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get()
                        .uri("/api/role-profiles")
                        .with(anonymous())
                        .header("Authorization", "Bearer " + token.group(1))
                        .exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(html(mvc.post()
                        .uri("/account/tokens")
                        .with(me)
                        .param("name", "too long")
                        .param("days", "many")
                        .exchange()))
                .contains("Give the number of days as a whole number, not &quot;many&quot;");
        assertThat(html(mvc.post()
                        .uri("/account/tokens")
                        .with(me)
                        .param("name", "")
                        .param("days", "0")
                        .exchange()))
                .contains("Give the token a name of 1 to 100 characters")
                .contains("A token lasts from 1 to");
    }

    @Test
    void theAuditLogIsFilteredExportedAndCannotBeChanged() throws Exception {
        String name = "audit.page." + System.nanoTime();
        users.add(new NewUser(name, "a long enough password", Role.VIEWER, Set.of()));
        assertThat(html(mvc.get().uri("/audit?kind=user&q=" + name).exchange()))
                .contains("1 entry")
                .contains("user added")
                .contains("&quot;role&quot;:&quot;VIEWER&quot;");
        assertThat(html(mvc.get().uri("/audit?from=2026-02-31").exchange()))
                .contains("There is a problem")
                .contains("&quot;2026-02-31&quot; is not a day written as day/month/year, such as 28/02/2026");
        // days are written day/month/year, as everywhere else; YYYY-MM-DD, as the CSV writes them, too
        assertThat(html(mvc.get()
                        .uri("/audit?kind=user&q=" + name + "&from=01/01/2020&to=31/12/2099")
                        .exchange()))
                .doesNotContain("There is a problem")
                .contains("1 entry");
        assertThat(html(mvc.get()
                        .uri("/audit?kind=user&q=" + name + "&from=2099-01-01")
                        .exchange()))
                .doesNotContain("There is a problem")
                .contains("0 entries");
        MvcTestResult csv = mvc.get().uri("/audit.csv?kind=user&q=" + name).exchange();
        assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        assertThat(html(csv).lines()).hasSize(2);
        assertThat(mvc.get().uri("/audit.csv?kind=nonsense").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/audit.csv?from=bad").exchange())
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("from: \"bad\" is not a day written as day/month/year");
        assertThat(html(mvc.get().uri("/audit?from=08/12/2026&to=06/12/2026").exchange()))
                .contains("the last day, 2026-12-06, is before the first, 2026-12-08");
        assertThat(html(mvc.get().uri("/audit?page=999").exchange())).doesNotContain("Page 999 of");

        long entries =
                jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        assertThat(mvc.post().uri("/audit").exchange().getResponse().getStatus())
                .isIn(403, 405);
        assertThat(mvc.delete().uri("/audit").exchange().getResponse().getStatus())
                .isIn(403, 405);
        assertThat(mvc.put().uri("/audit.csv").exchange().getResponse().getStatus())
                .isIn(403, 405);
        assertThat(mvc.get().uri("/audit").with(user("viewer").roles("VIEWER")).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select count(*) from audit_entry")
                        .query(Long.class)
                        .single())
                .isEqualTo(entries);
    }
}
