package org.rolebook.framework.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The framework pages as a browser receives them, on the seed framework. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class FrameworkPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theMatrixHasAColumnPerGradeAndARowPerDimension() throws Exception {
        var page = mvc.get().uri("/families/student-support-services").exchange();

        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("Student Support Services");
        for (int grade = 3; grade <= 11; grade++) {
            assertThat(html).contains(">Grade " + grade + "</a>");
        }
        assertThat(html)
                .contains("Example Job Titles", "Typical Level Purpose", "Typical reporting line")
                .contains("Typical Supervisory responsibility", "Probable settings")
                .contains("Generally Representative Accountabilities &amp; Responsibilities")
                .contains("Typical Knowledge, Skills &amp; Experience", "Additional Work Elements")
                .contains("Covering Frist Aid Room")
                .contains("<li>ICT Technician</li>")
                .contains("None")
                .doesNotContain("&lt;p&gt;")
                .doesNotContain("<p>Work is governed");
    }

    @Test
    void aLevelPageLinksItsGradeProfileAndNeighbours() {
        var page = mvc.get().uri("/families/student-support-services/grades/5").exchange();

        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("/grade-profiles/5")
                .contains("Compare with Grade 4")
                .contains("Compare with Grade 6")
                .contains("Morning Club leader");
    }

    @Test
    void theGradeProfileShowsEverySection() {
        assertThat(mvc.get().uri("/grade-profiles/5"))
                .hasStatusOk()
                .bodyText()
                .contains("Level Five – Operative / Support")
                .contains("Instructing and checking the work of others; or")
                .contains("Completion of work to required standards and deadlines.");
        assertThat(mvc.get().uri("/statements"))
                .hasStatusOk()
                .bodyText()
                .contains("Safeguarding Commitment")
                .contains("Skills Pledge");
    }

    @Test
    void comparingTwoGradesMarksWhatChanges() {
        var page = mvc.get()
                .uri("/compare?family=student-support-services&from=5&to=6")
                .exchange();

        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains(
                        "<ins class=\"rb-added\"><span class=\"govuk-visually-hidden\">added: </span>ICT Technician</ins>")
                .contains("<del class=\"rb-removed\"><span class=\"govuk-visually-hidden\">removed: </span>Science"
                        + " Technician</del>")
                .contains("rb-added")
                .contains("rb-removed");
        // chosen the other way round, the lower grade still comes first and the marks still mean the same
        assertThat(mvc.get().uri("/compare?family=student-support-services&from=6&to=5"))
                .hasStatusOk()
                .bodyText()
                .contains("Student Support Services: Grade 5 and Grade 6")
                .contains("<span class=\"govuk-visually-hidden\">added: </span>ICT Technician</ins>");
    }

    @Test
    void titleLookupAnswersWithTheGradeAndAFragmentForHtmx() {
        assertThat(mvc.get().uri("/titles?q=Network Manager"))
                .hasStatusOk()
                .bodyText()
                .contains("Best match: Student Support Services, Grade 9");
        var fragment = mvc.get()
                .uri("/titles?q=ict technitian")
                .header("HX-Request", "true")
                .exchange();
        assertThat(fragment).hasStatusOk().bodyText().contains("Grade 6").doesNotContain("<html");
        assertThat(mvc.get().uri("/titles?q=Chief Executive Officer"))
                .bodyText()
                .contains("No example job title matches")
                .contains("The nearest titles are");
    }

    @Test
    void searchMarksTheWordsFound() {
        assertThat(mvc.get().uri("/search?q=hazardous"))
                .hasStatusOk()
                .bodyText()
                .contains("<mark class=\"rb-match\">hazardous</mark>")
                .contains("Grade 6");
    }

    @Test
    void searchFindsAGradeProfilesHeadingAndShowsTheFrameworksStarredTasksAsBullets() {
        assertThat(mvc.get().uri("/search?q=operative"))
                .hasStatusOk()
                .bodyText()
                .contains("Grade profile · ")
                .contains("Heading")
                .contains("<mark class=\"rb-match\">Operative</mark>");
        assertThat(mvc.get().uri("/search?q=frist aid room"))
                .hasStatusOk()
                .bodyText()
                .contains("• Covering <mark class=\"rb-match\">Frist</mark>")
                .doesNotContain("*Covering");
    }

    @Test
    void typedMarkupIsShownAsText() {
        assertThat(mvc.get().uri("/titles?q=<script>alert(1)</script>"))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;");
    }

    @Test
    void unknownPagesAreFriendly() {
        var page = mvc.get().uri("/families/nope").exchange();
        assertThat(page).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(page)
                .bodyText()
                .contains("Page not found")
                .contains("no job family")
                .doesNotContain("Exception");
        assertThat(mvc.get().uri("/families/student-support-services/grades/abc"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("There is a problem");
    }
}
