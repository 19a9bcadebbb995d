package org.rolebook.framework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rolebook.framework.FamilyLevel;
import org.rolebook.framework.Grade;
import org.rolebook.framework.JobFamily;
import org.rolebook.framework.TitleLookupResult;
import org.rolebook.framework.TitleMatch;
import org.rolebook.importing.internal.SeedDocuments;

class TitleIndexTests {

    private static final JobFamily STUDENT_SUPPORT_SERVICES = SeedDocuments.studentSupportServices();
    private static final TitleIndex INDEX = new TitleIndex(List.of(STUDENT_SUPPORT_SERVICES));

    @ParameterizedTest(name = "\"{0}\" → Grade {1}")
    @CsvSource({
        "ICT Technician, 6",
        "Network Manager, 9",
        "ICT Network Manager, 11",
        "midday supervisor, 3",
        "ict technitian, 6",
        "technician ict, 6",
        "IT Technician, 6",
        "Duke of Edinburgh co-ordinator, 7",
    })
    void answersWithTheGradeOfTheBestTitleFirst(String query, int grade) {
        TitleLookupResult result = INDEX.lookup(query);

        assertThat(result.found()).isTrue();
        assertThat(result.matches().getFirst().grade()).isEqualTo(Grade.of(grade));
        assertThat(result.matches().getFirst().familySlug()).isEqualTo("student-support-services");
        assertThat(result.nearest()).isEmpty();
    }

    @Test
    void findsTheExactTitleWithAllItsWords() {
        TitleMatch first = INDEX.lookup("ICT Technician").matches().getFirst();

        assertThat(first.title()).isEqualTo("ICT Technician");
        assertThat(first.familyName()).isEqualTo("Student Support Services");
        assertThat(first.allWords()).isTrue();
        assertThat(INDEX.lookup("Network Manager").matches())
                .extracting(TitleMatch::title)
                .startsWith("Network Manager", "ICT Network Manager");
    }

    @Test
    void putsTheGeneralTitleBeforeItsSpecialCases() {
        List<TitleMatch> matches = INDEX.lookup("midday supervisor").matches();

        assertThat(matches)
                .extracting(TitleMatch::title, TitleMatch::grade)
                .startsWith(
                        tuple("Midday Supervisor (Primary / Secondary)", Grade.of(3)),
                        tuple("Midday Supervisor (Special School)", Grade.of(4)));
    }

    @Test
    void findsNoMatchForATitleOutsideTheFrameworkButSuggestsTheNearest() {
        TitleLookupResult result = INDEX.lookup("Chief Executive Officer");

        assertThat(result.found()).isFalse();
        assertThat(result.matches()).isEmpty();
        assertThat(result.nearest())
                .isNotEmpty()
                .allSatisfy(near -> assertThat(near.allWords()).isFalse());
    }

    @Test
    void suggestsOnlyTitlesThatResembleTheQueryNeverMadeUpNeighbours() {
        for (String stranger : java.util.List.of("of the", "zzzz", "Caretaker")) {
            TitleLookupResult result = INDEX.lookup(stranger);
            assertThat(result.found()).as(stranger).isFalse();
            assertThat(result.nearest()).as(stranger).isEmpty();
        }
        assertThat(INDEX.lookup("   ").nearest()).isEmpty();
        TitleLookupResult runTogether = INDEX.lookup("Middaysupervisor");
        assertThat(runTogether.found()).isFalse();
        assertThat(runTogether.nearest())
                .extracting(near -> near.title())
                .contains("Midday Supervisor (Primary / Secondary)");
    }

    @Test
    void findsEveryExampleTitleOfTheSeedAtItsOwnGrade() {
        for (FamilyLevel level : STUDENT_SUPPORT_SERVICES.levels()) {
            for (String title : level.exampleTitles()) {
                TitleLookupResult result = INDEX.lookup(title);
                assertThat(result.matches()).as(title).isNotEmpty();
                TitleMatch first = result.matches().getFirst();
                if (sharedByAnotherGrade(title, level.grade())) {
                    assertThat(first.title()).as(title).isEqualTo(title);
                } else {
                    assertThat(first.grade()).as(title).isEqualTo(level.grade());
                    assertThat(first.title()).as(title).isEqualTo(title);
                    assertThat(first.allWords()).as(title).isTrue();
                }
            }
        }
    }

    private static boolean sharedByAnotherGrade(String title, Grade grade) {
        return STUDENT_SUPPORT_SERVICES.levels().stream()
                .filter(level -> !level.grade().equals(grade))
                .anyMatch(level -> level.exampleTitles().contains(title));
    }
}
