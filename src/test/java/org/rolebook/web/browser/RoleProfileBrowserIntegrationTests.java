package org.rolebook.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.rolebook.CleanDatabase;
import org.rolebook.roleprofile.Fixtures;
import org.rolebook.roleprofile.Schools;
import org.rolebook.security.NewUser;
import org.rolebook.security.Role;
import org.rolebook.security.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A school editor writes the Pupil Support Worker profile in the browser and submits it; an HR
 * admin approves it; the editor of another school cannot find it while it is a draft.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CleanDatabase.class)
class RoleProfileBrowserIntegrationTests {

    static final String PASSWORD = "a long browser password";

    @TempDir
    static Path profile;

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    Schools schools;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start(profile);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anEditorWritesAndSubmitsAndHrApproves() throws Exception {
        long oakfield = schools.add(Fixtures.oakfieldPrimary()).id();
        long riverside = schools.add(Fixtures.riversideHigh()).id();
        users.add(new NewUser("head.oakfield", PASSWORD, Role.SCHOOL_EDITOR, Set.of(oakfield)));
        users.add(new NewUser("head.riverside", PASSWORD, Role.SCHOOL_EDITOR, Set.of(riverside)));

        SignInPage.open(driver, base()).signInAs("head.oakfield", PASSWORD);
        RoleProfileFormPage form = RoleProfileFormPage.open(driver, base())
                .school("Oakfield Primary School (119876)")
                .text("postTitle", "Pupil Support Worker")
                .choose("grade", "Grade 5")
                .choose("staffResponsibility", "No")
                .choose("essentialCarUser", "No")
                .text(
                        "scope",
                        "In liaison with teaching staff, mentor or support pupils directly to overcome barriers to learning")
                .items(
                        "accountabilities",
                        "Work in a one-to-one relationship with targeted pupils to implement an action plan",
                        "Liaise with teaching staff to provide particular support to targeted pupils")
                .moveUp("accountabilities", 1);
        assertThat(form.item("accountabilities", 0)).startsWith("Liaise with teaching staff");
        form.items("optionalDuties", "Facilitate nurture groups")
                .text("preparedBy", "Schools HR Team")
                .text("date", "31/02/23");
        form.save();
        assertThat(form.errorSummary()).contains("\"31/02/23\" is not a date that exists");
        Browser.screenshot(driver, "role-profile-form-error");

        RoleProfilePage page = form.text("date", "28/02/23").save();
        assertThat(page.title()).isEqualTo("Pupil Support Worker");
        assertThat(page.body()).contains("Grade profile: Level Five – Operative / Support (Grade 5)");
        String url = page.url();
        page.act("Submit for evaluation");
        assertThat(page.status()).isEqualTo("Submitted");
        Browser.screenshot(driver, "role-profile-submitted");

        SignInPage.open(driver, base()).signInAs("head.riverside", PASSWORD);
        driver.get(base() + "/role-profiles?q=pupil");
        assertThat(driver.getPageSource()).contains("0 role profiles").doesNotContain("Pupil Support Worker</a>");
        driver.get(url);
        assertThat(driver.getPageSource()).contains("Page not found");
        driver.get(base() + "/no-such-page");
        assertThat(driver.getTitle()).isEqualTo("Page not found – Rolebook");

        SignInPage.open(driver, base()).signInAsAdmin();
        driver.get(url);
        new RoleProfilePage(driver).rationale(Fixtures.RATIONALE).act("Approve");
        assertThat(new RoleProfilePage(driver).status()).isEqualTo("Approved");
        assertThat(new RoleProfilePage(driver).body())
                .contains("head.oakfield")
                .contains("submitted")
                .contains("admin")
                .contains("approved");
        Browser.screenshot(driver, "role-profile-approved");

        SignInPage.open(driver, base()).signInAs("head.riverside", PASSWORD);
        driver.get(url);
        assertThat(new RoleProfilePage(driver).title()).isEqualTo("Pupil Support Worker");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
