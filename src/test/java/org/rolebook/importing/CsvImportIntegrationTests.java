package org.rolebook.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.rolebook.roleprofile.Actor;
import org.rolebook.roleprofile.Fixtures;
import org.rolebook.roleprofile.ProfileCsv;
import org.rolebook.roleprofile.ProfileQuery;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfileData;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.Schools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Role profiles from CSV: quoted commas and newlines, formula cells, whole file or nothing. */
@SpringBootTest
@Import(CleanDatabase.class)
class CsvImportIntegrationTests {

    static final String HEADER = "school_urn,post_title,family,grade,staff_responsibility,essential_car_user,scope,"
            + "accountabilities,optional_duties,additional_information,prepared_by,date\n";

    @Autowired
    FrameworkImporter importer;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Schools schools;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void schools() {
        RoleProfileData.clear(jdbc);
        schools.add(Fixtures.oakfieldPrimary());
        schools.add(Fixtures.riversideHigh());
    }

    ImportReport importCsv(String csv, boolean dryRun) {
        return importer.importBytes(
                "profiles.csv", csv.getBytes(StandardCharsets.UTF_8), new ImportOptions(dryRun, null, null));
    }

    @Test
    void quotedCommasAndNewlinesAreKept() {
        String csv = HEADER
                + "119876,\"Pupil Support Worker, Nurture\",student-support-services,Grade 5,No,No,\"Support pupils, mentor them\","
                + "\"Liaise with staff, carers\nRun nurture groups\",Home visits,,Schools HR Team,28/02/23\n"
                + "137654,ICT Technician,student-support-services,6,No,No,School-wide ICT support,\"'=HYPERLINK(\"\"x\"\")\nMaintain the network\",,,HR,31/02/23\n";

        ImportReport report = importCsv(csv, false);

        assertThat(report.stored()).as(report.toString()).isTrue();
        assertThat(report.outcome()).isEqualTo("stored 2 role profiles, 1 marked as needing attention");
        RoleProfile nurture = profiles.list(ProfileQuery.all()).profiles().stream()
                .filter(p -> p.content().grade() == 5)
                .findFirst()
                .orElseThrow();
        assertThat(nurture.content().postTitle()).isEqualTo("Pupil Support Worker, Nurture");
        assertThat(nurture.content().accountabilities())
                .containsExactly("Liaise with staff, carers", "Run nurture groups");
        RoleProfile ict = profiles.list(ProfileQuery.all()).profiles().stream()
                .filter(p -> p.content().grade() == 6)
                .findFirst()
                .orElseThrow();
        assertThat(ict.content().accountabilities().getFirst()).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(ict.needsAttention()).isTrue();
        assertThat(ict.content().dateAsWritten()).isEqualTo("31/02/23");
    }

    @Test
    void rowsWhoseSuggestionDisagreesAreWarnedAboutAndStillStored() {
        String csv = HEADER
                + "119876,ICT Network Manager,student-support-services,3,No,No,Manage the school's ICT networks across several sites,"
                + "\"Line manage the ICT technicians, including appraisal\nManage the whole school ICT budget\n"
                + "Advise senior management on IT procurement and systems development\n"
                + "Negotiate contracts with suppliers\",,\"Degree or professional qualification\",HR,28/02/23\n"
                + "119876,Midday Supervisor,student-support-services,3,No,No,Lunchtime supervision,"
                + "\"Supervise lunchtime activities outdoors and indoors\nAdminister basic first aid\",,,HR,28/02/23\n";

        ImportReport report = importCsv(csv, false);

        assertThat(report.stored()).as(report.toString()).isTrue();
        assertThat(report.warnings())
                .filteredOn(w -> w.message().contains("for \"ICT Network Manager\""))
                .allSatisfy(w -> assertThat(w.line()).isEqualTo(2))
                .anySatisfy(w -> {
                    assertThat(w.field()).isEqualTo("grade");
                    assertThat(w.value()).isEqualTo("3");
                    assertThat(w.message()).startsWith("suggested Grade ").contains("the profile states Grade 3");
                })
                .anySatisfy(w -> {
                    assertThat(w.field()).isEqualTo("staff_responsibility");
                    assertThat(w.value()).isEqualTo("No");
                    assertThat(w.message()).contains("staff responsibility is \"No\"");
                });
        assertThat(report.warnings()).noneSatisfy(w -> assertThat(w.message()).contains("Midday Supervisor"));
    }

    @Test
    void oneBadRowKeepsTheWholeFileOut() {
        String csv = HEADER
                + "119876,Pupil Support Worker,student-support-services,5,No,No,Scope,One,,,HR,28/02/23\n"
                + "119876,,student-support-services,12,No,No,Scope,One,,,HR,28/02/23\n"
                + "000000,Cook,student-support-services,5,No,No,Scope,One,,,HR,28/02/23\n";

        ImportReport report = importCsv(csv, false);

        assertThat(report.stored()).isFalse();
        assertThat(report.errors()).extracting(Problem::field).contains("post_title", "grade", "school_urn");
        assertThat(report.errors()).anySatisfy(error -> assertThat(error.line()).isEqualTo(3));
        assertThat(profiles.list(ProfileQuery.all()).total()).isZero();
    }

    @Test
    void aProblemNamesTheLineItsRowStartsOnAfterCellsOfSeveralLines() {
        String csv = HEADER
                + "119876,Pupil Support Worker,student-support-services,5,No,No,Scope,\"One\nTwo\nThree\",,,HR,28/02/23\n"
                + "119876,,student-support-services,5,No,No,Scope,\"One\nTwo\",,,HR,28/02/23\n"
                + "119876,Cook,student-support-services,,No,No,Scope,One,,,HR,28/02/23\n";

        ImportReport report = importCsv(csv, true);

        assertThat(report.errors())
                .filteredOn(error -> error.field().equals("post_title"))
                .singleElement()
                .satisfies(error -> assertThat(error.line()).isEqualTo(5));
        assertThat(report.errors())
                .filteredOn(error -> error.field().equals("grade"))
                .singleElement()
                .satisfies(error -> assertThat(error.line()).isEqualTo(7));
    }

    @Test
    void aTitleTooLongToStoreIsAnErrorInTheDryRunAndNothingIsStored() {
        String csv = HEADER + "119876," + "Pupil Support Worker ".repeat(20)
                + ",student-support-services,5,No,No,Scope,One,,,HR,28/02/23\n";

        for (boolean dryRun : new boolean[] {true, false}) {
            ImportReport report = importCsv(csv, dryRun);

            assertThat(report.stored()).isFalse();
            assertThat(report.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("post_title");
                assertThat(error.line()).isEqualTo(2);
                assertThat(error.message())
                        .isEqualTo("The post title must be 300 characters or fewer (it is 419): nothing is stored");
            });
        }
        assertThat(profiles.list(ProfileQuery.all()).total()).isZero();
    }

    @Test
    void whatWillMarkAProfileAsNeedingAttentionIsSaidInTheDryRunToo() {
        String csv =
                HEADER + "119876,Pupil Support Worker,student-support-services,5,Maybe,No,Scope,One,,,HR,28/02/23\n";

        ImportReport dryRun = importCsv(csv, true);

        assertThat(dryRun.errors()).isEmpty();
        assertThat(dryRun.warnings())
                .filteredOn(w -> w.field().equals("staff_responsibility"))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.line()).isEqualTo(2);
                    assertThat(w.message())
                            .isEqualTo("Answer yes or no for staff responsibility, not \"Maybe\"; the post is stored"
                                    + " marked as needing attention");
                });
        assertThat(importCsv(csv, false).outcome()).isEqualTo("stored 1 role profiles, 1 marked as needing attention");
    }

    @Test
    void aSchoolOrFamilyGivenWithACsvIsSaidNotToBeUsed() {
        String csv = HEADER + "119876,Pupil Support Worker,student-support-services,5,No,No,Scope,One,,,HR,28/02/23\n";

        ImportReport report = importer.importBytes(
                "profiles.csv", csv.getBytes(StandardCharsets.UTF_8), new ImportOptions(true, "137654", "nope"));

        assertThat(report.warnings())
                .filteredOn(w -> w.field().equals("school"))
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .contains("the school or family given with the import is not used");
    }

    @Test
    void aStatusOrVersionGivenIsSaidNotToBeImported() {
        String csv = HEADER.replace("date\n", "date,status,version\n")
                + "119876,Pupil Support Worker,student-support-services,5,No,No,Scope,One,,,HR,28/02/23,APPROVED,7\n";

        ImportReport report = importCsv(csv, false);

        assertThat(report.stored()).isTrue();
        assertThat(report.warnings())
                .filteredOn(w -> w.field().equals("status"))
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .startsWith("1 row(s) give where a profile stood (status, version, id, approved_grade,"
                        + " approved_version): that is not imported");
        assertThat(profiles.list(ProfileQuery.all()).profiles())
                .singleElement()
                .satisfies(p -> assertThat(p.status()).hasToString("DRAFT"));
    }

    @Test
    void blankLinesASpreadsheetLeavesArePassedOverAndSaidToBeAndAUrnIsReadWithoutItsSpaces() {
        ImportReport report = importCsv(
                "\uFEFF" // as the export writes it for spreadsheets
                        + HEADER.replace("school_urn,post_title", "School_URN,Post_Title") // as a person may type it
                        + " 119876 ,Pupil Support Worker,student-support-services,5,No,No,Scope,One,,,HR,28/02/23\r\n"
                        + ",,,,,,,,,,,\r\n\r\n",
                false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.stored()).isTrue();
        assertThat(report.recognised()).anySatisfy(fact -> {
            assertThat(fact.field()).isEqualTo("role profiles");
            assertThat(fact.value()).isEqualTo("1");
        });
        assertThat(report.warnings())
                .filteredOn(w -> w.field().equals("row"))
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .startsWith("2 line(s) with no cell written (line 3, 4) hold no profile");
        assertThat(profiles.list(ProfileQuery.all()).profiles())
                .singleElement()
                .satisfies(p -> assertThat(p.school().urn()).isEqualTo("119876"));
    }

    @Test
    void aQuoteNeverClosedIsSaidInWords() {
        ImportReport report = importCsv(
                HEADER + "119876,\"Pupil Support Worker,student-support-services,5,No,No,Scope,One,,,HR,28/02/23\n",
                true);

        assertThat(report.errors())
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .isEqualTo("not readable as CSV: a quoted cell that starts on line 2 is never closed: its closing \""
                        + " is missing");
    }

    @Test
    void aColumnNobodyKnowsIsRefusedNotDropped() {
        ImportReport report = importCsv(
                HEADER.replace("date\n", "date,salary\n")
                        + "119876,A,student-support-services,5,No,No,S,A,,,HR,,£20k\n",
                true);

        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("header");
            assertThat(error.value()).isEqualTo("salary");
        });
    }

    @Test
    void aColumnGivenTwiceOrWithNoNameIsRefusedSayingWhich() {
        ImportReport twice = importCsv(
                HEADER.replace("date\n", "date,grade\n") + "119876,A,student-support-services,5,No,No,S,A,,,HR,,6\n",
                true);
        assertThat(twice.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.toString())
                        .isEqualTo("line 1: header (\"grade\"): the column is given 2 times; give each column once"));

        ImportReport unnamed = importCsv(
                HEADER.replace("date\n", "date,\n") + "119876,A,student-support-services,5,No,No,S,A,,,HR,,note\n",
                true);
        assertThat(unnamed.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.toString())
                        .isEqualTo("line 1: header: column 13 has no name; name it as a column of a role profile CSV,"
                                + " or take it out"));
        assertThat(profiles.list(ProfileQuery.all()).total()).isZero();
    }

    @Test
    void anExportedCsvImportsBackTheSameProfiles() {
        var school = schools.byUrn("119876");
        profiles.create(
                school.id(),
                Fixtures.withTitle(Fixtures.pupilSupportWorkerGrade5(), "=cmd|' /C calc'!A0"),
                new Actor("editor"));
        StringWriter csv = new StringWriter();
        ProfileCsv.write(csv, profiles.list(ProfileQuery.all()).profiles(), profiles::approvedGrade);
        assertThat(csv.toString()).contains("'=cmd");
        jdbc.sql("delete from workflow_event").update();
        jdbc.sql("delete from role_profile_version").update();
        jdbc.sql("delete from role_profile").update();

        assertThat(importCsv(csv.toString(), false).stored()).isTrue();

        RoleProfile back = profiles.list(ProfileQuery.all()).profiles().getFirst();
        assertThat(back.content())
                .isEqualTo(Fixtures.withTitle(Fixtures.pupilSupportWorkerGrade5(), "=cmd|' /C calc'!A0"));
    }
}
