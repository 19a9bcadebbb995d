package org.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolebook.SeedFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code rolebook import} as a user runs it: real files, a real database file, exit codes. */
class ImportCommandIntegrationTests {

    @TempDir
    static Path folder;

    @BeforeAll
    static void ownDatabase() {
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("db/rolebook"));
    }

    @AfterAll
    static void forgetDatabase() {
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void aDryRunReportsTheSeedFamilyWithNineGradesAsJson() {
        Cli run = Cli.run(
                "import",
                "--dry-run",
                "--json",
                SeedFiles.path(SeedFiles.FAMILY_SUMMARY).toString());

        assertThat(run.code()).isZero();
        JsonNode file = JsonMapper.shared().readTree(run.out()).get("files").get(0);
        assertThat(file.get("kind").asString()).isEqualTo("job family profile summary");
        assertThat(file.get("families")).hasSize(1);
        assertThat(file.get("families").get(0).get("name").asString()).isEqualTo("Student Support Services");
        assertThat(file.get("families").get(0).get("grades")).hasSize(9);
        assertThat(file.get("errors")).isEmpty();
        assertThat(file.get("outcome").isNull()).isTrue();
    }

    @Test
    void theFormSeedGivesThePostItsGradeProfileStatementsAndTheDateError() {
        Cli run = Cli.run(
                "import",
                "--dry-run",
                SeedFiles.path(SeedFiles.ROLE_PROFILE_FORM).toString());

        assertThat(run.code()).as("the seed's date 31/02/23 does not exist").isEqualTo(1);
        assertThat(run.out())
                .contains("role profile form")
                .contains("employer: Lancashire County Council")
                .contains("post title: Pupil Support Worker")
                .contains("grade: Grade 5")
                .contains("accountabilities: 13")
                .contains("optional duties: 7")
                .contains("error: line 71: date (\"31/02/23\"): not a date that exists")
                .contains("grade profile: Grade Profile - Level Five – Operative / Support (Grade 5)")
                .contains("standard statement: Attendance")
                .contains("result: dry run, nothing stored; 1 error")
                .containsPattern(
                        "suggested grade: Grade 5, Student Support Services \\([A-Z_]+, confidence 0\\.\\d\\d\\); runner-up: Grade \\d+; the form states Grade 5");
        assertThat(run.out().indexOf("employer:")).isEqualTo(run.out().lastIndexOf("employer:"));
    }

    @Test
    void theFormSeedAsJsonNamesTheDateField() {
        Cli run = Cli.run(
                "import",
                "--dry-run",
                "--json",
                SeedFiles.path(SeedFiles.ROLE_PROFILE_FORM).toString());

        JsonNode file = JsonMapper.shared().readTree(run.out()).get("files").get(0);
        assertThat(file.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("field").asString()).isEqualTo("date");
            assertThat(error.get("value").asString()).isEqualTo("31/02/23");
        });
        assertThat(file.get("ok").asBoolean()).isFalse();
        assertThat(file.get("stored").asBoolean()).isFalse();
        JsonNode suggestion = file.get("suggestion");
        assertThat(suggestion.get("statedGrade").asString()).isEqualTo("Grade 5");
        assertThat(suggestion.get("suggested").get("grade").asInt()).isEqualTo(5);
        assertThat(suggestion.get("suggested").get("familySlug").asString()).isEqualTo("student-support-services");
        assertThat(suggestion.get("runnerUp").get("grade").isInt()).isTrue();
        assertThat(suggestion.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(suggestion.get("flags").isArray()).isTrue();
    }

    @Test
    void committingStoresOnceAndBadFilesAreRefusedByName() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path binary = write("binary.txt", new byte[] {'G', 'R', 'A', 0, 'D', 'E'});
        Path latin1 = write("latin1.txt", "GRADE caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path huge = folder.resolve("huge.txt");
        try (var out = Files.newOutputStream(huge)) {
            byte[] block = new byte[1024 * 1024];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
        }
        Path twice = write(
                "twice.txt",
                ("X 2014\tJob Family Profile Summary\nFAMILY\n\tGRADE 3\tGRADE 3\n" + "Typical Level Purpose\ta\tb\n")
                        .getBytes(StandardCharsets.UTF_8));
        Path truncated = write(
                "truncated.txt",
                ("X 2014\tJob Family Profile Summary\nFAMILY\n\tGRADE 3\tGRADE 4\n" + "Typical Level Purpose\ta\n")
                        .getBytes(StandardCharsets.UTF_8));
        Path notAFramework =
                write("letter.txt", "Dear parent,\nThe school is closed.\n".getBytes(StandardCharsets.UTF_8));

        Cli bad = Cli.run(
                "import",
                empty.toString(),
                binary.toString(),
                latin1.toString(),
                huge.toString(),
                twice.toString(),
                truncated.toString(),
                notAFramework.toString(),
                folder.resolve("missing.txt").toString());

        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out())
                .contains("empty.txt — unreadable", "the file is empty")
                .contains("binary.txt — unreadable", "the file is binary")
                .contains("latin1.txt — unreadable", "byte 0xE9 at offset 9 is not valid UTF-8")
                .contains("huge.txt — unreadable", "the most Rolebook reads is")
                .contains("twice.txt — job family profile summary", "the grade column Grade 3 appears twice")
                .contains("truncated.txt — job family profile summary", "the table is truncated")
                .contains("letter.txt — unreadable", "not a document Rolebook reads")
                .contains("missing.txt — unreadable", "no such file");

        Cli first = Cli.run(
                "import",
                SeedFiles.path(SeedFiles.FAMILY_SUMMARY).toString(),
                SeedFiles.path(SeedFiles.ROLE_PROFILE_FORM).toString());
        assertThat(first.code()).as("the form's date needs putting right").isEqualTo(1);
        assertThat(first.out()).contains("result: stored Student Support Services (9 grades)");
        assertThat(first.out())
                .contains(
                        "result: stored the guidance disclaimer and the grade profile of Grade 5 and 6 standard statements")
                .contains("(1 error to put right)");
        assertThat(first.err()).contains("2 of 2 files read (100%), 1 with errors");

        Cli again = Cli.run("import", SeedFiles.path(SeedFiles.FAMILY_SUMMARY).toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("was imported before; nothing changed");
    }

    @Test
    void helpListsTheCommands() {
        Cli run = Cli.run("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("serve", "import");
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }
}
