package org.rolebook.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebDriver;
import org.rolebook.CleanDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The framework pages in a real browser: the matrix, a live title lookup, a comparison, accessibility. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CleanDatabase.class)
class FrameworkBrowserIntegrationTests {

    @TempDir
    static Path profile;

    static WebDriver driver;

    @LocalServerPort
    int port;

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
    void aPersonReadsTheMatrixLooksUpATitleAndComparesTwoGrades() throws Exception {
        SignInPage.open(driver, base()).signInAsAdmin();
        MatrixPage matrix = MatrixPage.open(driver, base(), "student-support-services");
        assertThat(matrix.heading()).isEqualTo("Student Support Services");
        assertThat(matrix.gradeColumns())
                .containsExactly(
                        "Grade 3",
                        "Grade 4",
                        "Grade 5",
                        "Grade 6",
                        "Grade 7",
                        "Grade 8",
                        "Grade 9",
                        "Grade 10",
                        "Grade 11");
        assertThat(matrix.dimensionRows())
                .hasSize(8)
                .startsWith("Example Job Titles")
                .endsWith("Additional Work Elements");
        assertThat(matrix.cell(1, 4)).contains("ICT Technician");
        assertThat(matrix.cell(8, 8)).isEqualTo("None");
        Browser.screenshot(driver, "matrix");

        TitleLookupPage lookup = TitleLookupPage.open(driver, base()).type("ict technitian");
        assertThat(lookup.bestMatch()).isEqualTo("Best match: Student Support Services, Grade 6");
        assertThat(lookup.type("ICT Network Manager").bestMatch()).endsWith("Grade 11");
        Browser.screenshot(driver, "title-lookup");

        ComparePage compare = ComparePage.open(driver, base()).compare("Grade 5", "Grade 6");
        assertThat(compare.caption()).isEqualTo("Student Support Services: Grade 5 and Grade 6");
        assertThat(compare.added()).contains("ICT Technician");
        assertThat(compare.removed()).contains("Science Technician");
        Browser.screenshot(driver, "compare");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/families/student-support-services",
                "/families/student-support-services/grades/5",
                "/grade-profiles/5",
                "/statements",
                "/compare?family=student-support-services&from=5&to=6",
                "/titles?q=midday+supervisor",
                "/search?q=first+aid",
                "/families/nope",
                "/role-profiles",
                "/role-profiles/new",
                "/schools"
            })
    void everyPageMeetsWcag22AA(String page) throws Exception {
        SignInPage.open(driver, base()).signInAsAdmin();
        driver.get(base() + page);
        assertThat(Browser.accessibilityViolations(driver))
                .as("axe-core on " + page)
                .isEmpty();
    }

    @Test
    void theSignInPageMeetsWcag22AA() throws Exception {
        SignInPage.open(driver, base());
        assertThat(Browser.accessibilityViolations(driver)).isEmpty();
        Browser.screenshot(driver, "sign-in");
    }

    @Test
    void theAccessibilityCheckSeesAViolationWhenThereIsOne() throws Exception {
        driver.get("data:text/html,<html><head><title>t</title></head><body><img src='x.png'></body></html>");
        assertThat(Browser.accessibilityViolations(driver))
                .anySatisfy(v -> assertThat(v).startsWith("image-alt"));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
