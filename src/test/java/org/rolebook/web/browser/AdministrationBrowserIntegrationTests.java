package org.rolebook.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.rolebook.CleanDatabase;
import org.rolebook.roleprofile.Fixtures;
import org.rolebook.roleprofile.Schools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * An HR admin adds a school editor in the browser and sees the password once; the editor signs in
 * with it, makes an API token on their account page; the HR admin finds all of it in the audit
 * log. Each of these pages meets WCAG 2.2 AA.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CleanDatabase.class)
class AdministrationBrowserIntegrationTests {

    @TempDir
    static Path profile;

    static WebDriver driver;

    @LocalServerPort
    int port;

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
    void hrAddsAnEditorWhoMakesATokenAndItIsAllInTheAuditLog() throws Exception {
        if (schools.all().stream().noneMatch(s -> s.urn().equals("119876"))) {
            schools.add(Fixtures.oakfieldPrimary());
        }
        SignInPage.open(driver, base()).signInAsAdmin();

        driver.get(base() + "/users");
        accessible("users");
        driver.findElement(By.id("username")).sendKeys("bursar.oakfield");
        driver.findElement(By.cssSelector("input[name=role][value=SCHOOL_EDITOR]"))
                .click();
        driver.findElement(By.xpath("//label[text()='Oakfield Primary School (119876)']"))
                .click();
        Browser.clickAndWait(driver, driver.findElement(By.xpath("//button[text()='Add the user']")));
        String password = driver.findElement(By.id("new-password")).getText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("School editor")
                .contains("Oakfield Primary School (119876)");
        accessible("user");

        SignInPage.open(driver, base()).signInAs("bursar.oakfield", password);
        driver.get(base() + "/account");
        driver.findElement(By.id("name")).sendKeys("timetable sync");
        Browser.clickAndWait(driver, driver.findElement(By.xpath("//button[text()='Make a token']")));
        assertThat(driver.findElement(By.id("new-token")).getText()).startsWith("rbk_");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("timetable sync")
                .contains("active");
        accessible("account");

        SignInPage.open(driver, base()).signInAsAdmin();
        long school = schools.byUrn("119876").id();
        driver.get(base() + "/schools/" + school + "/edit");
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("Oakfield Primary School");
        accessible("school-edit");

        driver.get(base() + "/audit?q=bursar.oakfield");
        String log = driver.findElement(By.tagName("main")).getText();
        assertThat(log).contains("user added").contains("signed in").contains("token created");
        assertThat(log).doesNotContain(password);
        accessible("audit-log");
    }

    private void accessible(String name) throws Exception {
        assertThat(Browser.accessibilityViolations(driver))
                .as("axe-core on " + name)
                .isEmpty();
        Browser.screenshot(driver, name);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
