package org.rolebook.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.rolebook.SeedFiles;
import org.rolebook.framework.Grade;
import org.rolebook.roleprofile.Fixtures;
import org.rolebook.roleprofile.ProfileQuery;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfileData;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.Schools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The seed role profile form imported as a post of a school: kept as written, marked for attention. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class FormImportIntegrationTests {

    @Autowired
    FrameworkImporter importer;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Schools schools;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @BeforeEach
    void school() {
        RoleProfileData.clear(jdbc);
        jdbc.sql("delete from source_document where file_name like 'upload-%'").update();
        schools.add(Fixtures.oakfieldPrimary());
    }

    byte[] seedFormWithTitle(String title) {
        return new String(SeedFiles.bytes(SeedFiles.ROLE_PROFILE_FORM), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Pupil Support Worker", title)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void thePostIsStoredAsWrittenAndNeedsAttention() {
        ImportReport report = importer.importBytes(
                "upload-1.txt",
                seedFormWithTitle("Pupil Support Worker (imported)"),
                new ImportOptions(false, "119876", null));

        assertThat(report.stored()).isTrue();
        assertThat(report.outcome())
                .contains("stored the post as role profile")
                .contains("marked as needing attention");
        assertThat(report.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("date"));
        RoleProfile profile = profiles.list(ProfileQuery.all()).profiles().getFirst();
        assertThat(profile.needsAttention()).isTrue();
        assertThat(profile.content().postTitle()).isEqualTo("Pupil Support Worker (imported)");
        assertThat(profile.content().dateAsWritten()).isEqualTo("31/02/23");
        assertThat(profile.content().grade()).isEqualTo(5);
        assertThat(profile.content().accountabilities()).hasSize(13);
        assertThat(profile.content().optionalDuties()).hasSize(7);
        assertThat(profile.content().additionalInformation()).hasSize(5);
        assertThat(profile.school().urn()).isEqualTo("119876");
        assertThat(report.warnings()).noneMatch(w -> w.field().equals("post title"));

        // the same form again: a second profile, and the report says so
        ImportReport again = importer.importBytes(
                "upload-1.txt",
                seedFormWithTitle("Pupil Support Worker (imported)"),
                new ImportOptions(true, "119876", null));
        assertThat(again.warnings())
                .filteredOn(w -> w.field().equals("post title"))
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .endsWith("already has a role profile titled \"Pupil Support Worker (imported)\" (role profile "
                        + profile.id() + "); this import adds another");
    }

    @Test
    void theReportSuggestsGrade5ForTheSeedFormsPostBesideTheGradeItStates() {
        ImportReport report = importer.importBytes(
                "upload-2.txt", SeedFiles.bytes(SeedFiles.ROLE_PROFILE_FORM), ImportOptions.reportOnly());

        assertThat(report.suggestion()).isNotNull();
        assertThat(report.suggestion().statedGrade()).isEqualTo("Grade 5");
        assertThat(report.suggestion().suggested().grade()).isEqualTo(Grade.of(5));
        assertThat(report.suggestion().suggested().familyName()).isEqualTo("Student Support Services");
        assertThat(report.suggestion().runnerUp()).isNotNull();
        assertThat(report.suggestion().confidence()).isBetween(0.0, 1.0);
        assertThat(report.suggestion().flags()).isEmpty();
    }

    @Test
    void aFormWhosePostContradictsItselfIsFlaggedInTheReport() {
        byte[] managing = new String(
                        SeedFiles.bytes(SeedFiles.ROLE_PROFILE_FORM), java.nio.charset.StandardCharsets.UTF_8)
                .replace(
                        "Work in a one-to-one relationship",
                        "Line manage the team of learning mentors and attendance officers, including appraisal."
                                + " Work in a one-to-one relationship")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        ImportReport report = importer.importBytes("upload-3.txt", managing, ImportOptions.reportOnly());

        assertThat(report.suggestion().flags())
                .extracting(org.rolebook.matching.Suggestion.Flag::kind)
                .contains(org.rolebook.matching.Suggestion.FlagKind.STAFF_RESPONSIBILITY_CONTRADICTED);
    }

    @Test
    void aPostTitleTooLongToStoreStoresNothingAndSaysSoInTheDryRun() {
        byte[] form = seedFormWithTitle("Pupil Support Worker and ".repeat(15) + "Mentor");

        for (boolean dryRun : new boolean[] {true, false}) {
            ImportReport report = importer.importBytes("upload-4.txt", form, new ImportOptions(dryRun, "119876", null));

            assertThat(report.stored()).isFalse();
            assertThat(report.errors()).anySatisfy(error -> {
                assertThat(error.field()).isEqualTo("post_title");
                assertThat(error.message()).startsWith("The post title must be 300 characters or fewer");
            });
        }
        assertThat(profiles.list(ProfileQuery.all()).total()).isZero();
    }

    @Test
    void anUnknownSchoolOrGradeStoresNothing() {
        ImportReport unknownSchool = importer.importBytes(
                "upload-2.txt", seedFormWithTitle("Another Worker"), new ImportOptions(false, "999999", null));
        assertThat(unknownSchool.stored()).isFalse();
        assertThat(unknownSchool.errors())
                .anySatisfy(error -> assertThat(error.field()).isEqualTo("school"));

        byte[] grade12 = new String(seedFormWithTitle("Grade Twelve Worker"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\tGrade 5\n", "\tGrade 12\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ImportReport unknownGrade =
                importer.importBytes("upload-3.txt", grade12, new ImportOptions(false, "119876", null));
        assertThat(unknownGrade.stored()).isFalse();
        assertThat(unknownGrade.errors()).anySatisfy(error -> {
            assertThat(error.field()).isEqualTo("grade");
            assertThat(error.message()).contains("\"Grade 12\" is not a grade of Student Support Services");
        });
        assertThat(profiles.list(ProfileQuery.all()).total()).isZero();
    }

    @Test
    void theApiReportsADryRunPerFile() {
        var upload =
                new MockMultipartFile("files", "004.txt", "text/plain", SeedFiles.bytes(SeedFiles.ROLE_PROFILE_FORM));
        var empty = new MockMultipartFile("files", "empty.txt", "text/plain", new byte[0]);

        assertThat(mvc.post()
                        .uri("/api/imports")
                        .multipart()
                        .file(upload)
                        .file(empty)
                        .param("school", "119876"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$[0].errors[0].field").isEqualTo("date");
                    assertThat(json)
                            .extractingPath("$[0].suggestion.statedGrade")
                            .isEqualTo("Grade 5");
                    assertThat(json)
                            .extractingPath("$[0].suggestion.suggested.grade")
                            .isEqualTo(5);
                    assertThat(json).extractingPath("$[1].suggestion").isNull();
                    assertThat(json).extractingPath("$[0].stored").isEqualTo(false);
                    assertThat(json).extractingPath("$[1].errors[0].message").isEqualTo("the file is empty");
                });
        assertThat(mvc.post().uri("/api/imports").multipart())
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.field")
                .isEqualTo("files");
        assertThat(profiles.list(ProfileQuery.all()).total()).isZero();
    }
}
