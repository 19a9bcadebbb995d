package org.rolebook.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rolebook.CleanDatabase;
import org.rolebook.grading.GradingFixtures;
import org.rolebook.matching.MatchingFixtures;
import org.rolebook.matching.ProfileText;
import org.rolebook.roleprofile.Actor;
import org.rolebook.roleprofile.Fixtures;
import org.rolebook.roleprofile.ProfileContent;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfileData;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.Schools;
import org.rolebook.security.NewUser;
import org.rolebook.security.Role;
import org.rolebook.security.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The suggested grade in the browser: beside the form it follows what a school editor types,
 * without the page being loaded again; beside a submitted profile it tells the evaluator when a
 * rationale is needed to approve. Each state is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CleanDatabase.class)
class GradeSuggestionBrowserIntegrationTests {

    static final String PASSWORD = "a long browser password";

    @TempDir
    static Path profile;

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Schools schools;

    @Autowired
    JdbcClient jdbc;

    long oakfield;

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

    @BeforeEach
    void school() {
        RoleProfileData.clear(jdbc);
        oakfield = schools.add(Fixtures.oakfieldPrimary()).id();
    }

    @Test
    void theSuggestedGradeFollowsWhatTheEditorTypesWithoutTheFormBeingLoadedAgain() throws Exception {
        ProfileContent post = GradingFixtures.seedFormPost();
        users.add(new NewUser("business.manager", PASSWORD, Role.SCHOOL_EDITOR, Set.of(oakfield)));
        SignInPage.open(driver, base()).signInAs("business.manager", PASSWORD);
        RoleProfileFormPage form = RoleProfileFormPage.open(driver, base());
        assertThat(form.panel()).contains("Not enough to judge");

        form.school("Oakfield Primary School (119876)")
                .text("postTitle", post.postTitle())
                .choose("grade", "Grade 5")
                .choose("staffResponsibility", "No")
                .choose("essentialCarUser", "No")
                .text("scope", post.scope())
                .items("accountabilities", andAnEmptyOne(post.accountabilities()))
                .items("optionalDuties", post.optionalDuties().toArray(String[]::new))
                .items("additionalInformation", andAnEmptyOne(post.additionalInformation()))
                .text("preparedBy", post.preparedBy())
                .text("date", post.dateAsWritten());
        String grade5 = form.waitForPanel(panel -> panel.contains("Grade 5") && panel.contains("Agrees"))
                .getText();
        assertThat(form.suggestedGrade()).isEqualTo("Grade 5");
        assertThat(form.spokenStatus()).startsWith("Suggested Grade 5").contains("the stated grade agrees");
        assertThat(grade5)
                .contains("Runner-up")
                .contains("Evidence by dimension")
                .doesNotContain("Flags");
        Browser.screenshot(driver, "suggestion-panel-grade-5");
        WebElement page = driver.findElement(By.tagName("html"));

        form.text(
                        "accountabilities-" + post.accountabilities().size(),
                        "Line manage the team of learning mentors and attendance officers, including appraisal,"
                                + " and lead the school's attendance strategy")
                .text(
                        "additionalInformation-" + post.additionalInformation().size(),
                        "A degree in education, social work or a related subject");

        String changed = form.waitForPanel(
                        panel -> panel.contains("line manages staff") && panel.contains("Qualification: degree"))
                .getText();
        assertThat(ExpectedConditions.stalenessOf(page).apply(driver))
                .as("the panel changed without the page being loaded again")
                .isFalse();
        assertThat(changed)
                .isNotEqualTo(grade5)
                .contains("pushes up")
                .contains("Flags")
                .contains("Staff responsibility")
                .contains("Leadership: manages or leads a service or programme");
        assertThat(form.suggestedGrade()).isNotEqualTo("Grade 5");
        assertThat(form.spokenStatus())
                .startsWith("Suggested " + form.suggestedGrade())
                .contains("the stated Grade 5 differs")
                .containsPattern("\\d+ flags?\\.$");
        assertThat(driver.findElements(By.id("grade-suggestion-status"))).hasSize(1);
        assertThat(Browser.accessibilityViolations(driver)).isEmpty();
        Browser.screenshot(driver, "suggestion-panel-changed");
        WebElement leadership =
                driver.findElement(By.xpath("//strong[starts-with(normalize-space(.), 'Leadership:')]"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", leadership);
        Browser.screenshot(driver, "suggestion-panel-cues");

        RoleProfilePage saved = form.save();
        assertThat(saved.title()).isEqualTo("Pupil Support Worker");
        assertThat(saved.suggestion()).contains("Suggested grade").contains("line manages staff");
        assertThat(Browser.accessibilityViolations(driver)).isEmpty();
    }

    @Test
    void aPostOfAFamilyThatIsNotLoadedIsShownAsOutsideWithTheWordsThatSaySo() throws Exception {
        ProfileText site = MatchingFixtures.caretaker();
        ProfileContent caretaker = new ProfileContent(
                site.title(),
                "student-support-services",
                6,
                "No",
                "No",
                site.scope(),
                site.accountabilities(),
                List.of(),
                List.of(),
                "Schools HR Team",
                "28/02/23");
        RoleProfile draft = profiles.create(oakfield, caretaker, new Actor("head.oakfield"));
        SignInPage.open(driver, base()).signInAsAdmin();
        driver.get(base() + "/role-profiles/" + draft.id());
        RoleProfilePage page = new RoleProfilePage(driver);

        assertThat(page.suggestion())
                .contains("Outside the loaded families")
                .contains("this is the nearest level, not a grade for the post")
                .contains("site and premises work")
                .contains("lettings")
                .contains("and the post title \"School Caretaker\" names one of its posts");
        assertThat(Browser.accessibilityViolations(driver)).isEmpty();
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'start'})", driver.findElement(By.id("suggestion")));
        Browser.screenshot(driver, "suggestion-outside");
    }

    @Test
    void aPupilLevelPastoralPostSaysThatNoLineManagesTheServiceItsWordsName() throws Exception {
        ProfileText post = MatchingFixtures.pastoralSupportAssistant();
        ProfileContent pastoral = new ProfileContent(
                post.title(),
                "student-support-services",
                5,
                "No",
                "No",
                "Support pupils' welfare, behaviour and attendance",
                post.accountabilities(),
                List.of(),
                List.of(),
                "Schools HR Team",
                "28/02/23");
        RoleProfile draft = profiles.create(oakfield, pastoral, new Actor("head.oakfield"));
        SignInPage.open(driver, base()).signInAsAdmin();
        driver.get(base() + "/role-profiles/" + draft.id());
        RoleProfilePage page = new RoleProfilePage(driver);

        assertThat(page.suggestion())
                .contains("Leadership: no line manages or leads a service or programme")
                .contains("(Grades 8 to 11)")
                .contains("pushes down");
        assertThat(Browser.accessibilityViolations(driver)).isEmpty();
        WebElement cue = driver.findElement(
                By.xpath("//strong[starts-with(normalize-space(.), 'Leadership:')]/ancestor::li[1]"));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", cue);
        Browser.screenshot(driver, "suggestion-no-leadership");
    }

    @Test
    void anEvaluatorApprovingAnotherGradeThanTheSuggestedOneMustSayWhy() throws Exception {
        RoleProfile draft = profiles.create(
                oakfield, GradingFixtures.withGrade(GradingFixtures.seedFormPost(), 7), new Actor("head.oakfield"));
        profiles.submit(draft.id(), draft.lockVersion(), new Actor("head.oakfield"));
        SignInPage.open(driver, base()).signInAsAdmin();
        driver.get(base() + "/role-profiles/" + draft.id());
        RoleProfilePage page = new RoleProfilePage(driver);
        assertThat(page.suggestion()).contains("Grade 5").contains("Differs");
        assertThat(page.body())
                .contains("Needed to approve: the profile states Grade 7 but the suggested grade is Grade 5");

        page.act("Approve");

        assertThat(page.errorSummary()).contains("Give the rationale for approving Grade 7");
        assertThat(page.status()).isEqualTo("Submitted");
        assertThat(Browser.accessibilityViolations(driver)).isEmpty();
        Browser.screenshot(driver, "approve-without-rationale");

        page.rationale("The post leads the attendance service across the federation")
                .act("Approve");

        assertThat(page.status()).isEqualTo("Approved");
        assertThat(driver.findElement(By.id("decisions")).getText())
                .contains("Grade 5")
                .contains("Grade 7")
                .contains("The post leads the attendance service across the federation")
                .contains("admin");
        assertThat(Browser.accessibilityViolations(driver)).isEmpty();
        Browser.screenshot(driver, "grade-decision");
    }

    @Test
    void anEvaluatorApprovesAtAnotherGradeOfTheFamilyAndSaysWhy() throws Exception {
        RoleProfile draft = profiles.create(oakfield, GradingFixtures.seedFormPost(), new Actor("head.oakfield"));
        profiles.submit(draft.id(), draft.lockVersion(), new Actor("head.oakfield"));
        SignInPage.open(driver, base()).signInAsAdmin();
        driver.get(base() + "/role-profiles/" + draft.id());
        RoleProfilePage page = new RoleProfilePage(driver);
        assertThat(page.gradeToApprove()).isEqualTo("Grade 5 (stated)");
        assertThat(page.body()).contains("Grade to approve").contains("needed to approve at any other grade");
        assertThat(Browser.accessibilityViolations(driver)).isEmpty();

        page.gradeToApprove("Grade 6");
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("grade")));
        Browser.screenshot(driver, "approve-at-another-grade");
        page.act("Approve");

        assertThat(page.errorSummary())
                .contains("Give the rationale for approving at Grade 6: the profile states Grade 5");
        assertThat(page.gradeToApprove()).isEqualTo("Grade 6");
        assertThat(page.status()).isEqualTo("Submitted");
        assertThat(Browser.accessibilityViolations(driver)).isEmpty();

        page.rationale("The post runs the attendance service on its own").act("Approve");

        assertThat(page.done()).contains("The role profile is now approved at Grade 6.");
        assertThat(page.status()).isEqualTo("Approved");
        assertThat(page.body()).contains("Version 2").contains("Grade 5 → Grade 6 at approval");
        assertThat(driver.findElement(By.id("decisions")).getText())
                .contains("Grade 6")
                .contains("The post runs the attendance service on its own");
        assertThat(Browser.accessibilityViolations(driver)).isEmpty();
        Browser.screenshot(driver, "approved-at-another-grade");
    }

    private static String[] andAnEmptyOne(List<String> items) {
        return Stream.concat(items.stream(), Stream.of("")).toArray(String[]::new);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
