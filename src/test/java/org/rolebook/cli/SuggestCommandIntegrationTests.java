package org.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolebook.RolebookApplication;
import org.rolebook.SeedFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code rolebook suggest} as a user runs it: real files, an empty database file that gets the seed framework. */
class SuggestCommandIntegrationTests {

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
    void theSeedFormIsSuggestedGrade5WithEvidenceAndNoFlag() {
        Run run = run("suggest", SeedFiles.path(SeedFiles.ROLE_PROFILE_FORM).toString());

        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("title: Pupil Support Worker")
                .contains("stated grade: Grade 5")
                .contains("suggested grade: Student Support Services, Grade 5")
                .contains("runner-up: Student Support Services, Grade")
                .contains("by dimension: ")
                .contains("evidence (")
                .contains("Supervising pupils in non-structured breaks")
                .contains("flags: none");
    }

    @Test
    void aPostOutsideTheLoadedFamiliesIsGivenOnlyTheNearestLevelAndAFlag() throws IOException {
        Path caretaker = Files.writeString(folder.resolve("caretaker.txt"), """
                Job title: School Caretaker
                Open and close the premises each day and answer alarm calls as a keyholder.
                Check the heating and boiler and report building repairs to the business manager.
                Supervise the cleaning staff and order cleaning materials.
                Clear snow and ice from the paths and put out the bins for waste collection.
                Open the building for evening lettings.
                """);

        Run run = run("suggest", caretaker.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("nearest level (the post looks outside the loaded families): Student Support Services")
                .doesNotContain("suggested grade:")
                .contains("OUTSIDE_FAMILIES: ")
                .contains("site and premises work");
    }

    @Test
    void jsonGivesTheWholeSuggestionAndBadFilesAreNamed() throws IOException {
        Path empty = Files.write(folder.resolve("empty.txt"), new byte[0]);
        Path latin1 =
                Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 assistant".getBytes(StandardCharsets.ISO_8859_1));

        Run run = run(
                "suggest",
                "--json",
                SeedFiles.path(SeedFiles.ROLE_PROFILE_FORM).toString(),
                empty.toString(),
                latin1.toString(),
                folder.resolve("missing.txt").toString());

        assertThat(run.code()).isEqualTo(1);
        JsonNode files = JsonMapper.shared().readTree(run.out()).get("files");
        assertThat(files).hasSize(4);
        JsonNode seed = files.get(0);
        assertThat(seed.get("title").asString()).isEqualTo("Pupil Support Worker");
        assertThat(seed.get("suggestion").get("suggested").get("grade").asInt()).isEqualTo(5);
        assertThat(seed.get("suggestion").get("status").asString()).isIn("CONFIDENT", "TENTATIVE");
        assertThat(seed.get("suggestion").get("evidence")).isNotEmpty();
        assertThat(seed.get("suggestion").get("ranking")).hasSize(9);
        assertThat(files.get(1).get("error").asString()).contains("file: the file is empty");
        assertThat(files.get(2).get("error").asString()).contains("not UTF-8");
        assertThat(files.get(3).get("error").asString()).contains("no such file");
    }

    @Test
    void helpListsSuggest() {
        Run run = run("--help");
        assertThat(run.out()).contains("suggest");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLine.run(RolebookApplication.class, args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {}
}
