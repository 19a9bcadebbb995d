package org.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolebook.SeedFiles;
import tools.jackson.databind.json.JsonMapper;

/** {@code rolebook export} and {@code rolebook restore} on database files, as an operator runs them. */
class BackupCommandIntegrationTests {

    @TempDir
    Path folder;

    @AfterEach
    void forgetDatabase() {
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void exportThenRestoreIntoAnEmptyDatabaseGivesTheSameData() throws Exception {
        use("first");
        assertThat(Cli.run("import", SeedFiles.path(SeedFiles.FAMILY_SUMMARY).toString())
                        .code())
                .isZero();
        Path export = folder.resolve("export.json");
        Cli exported = Cli.run("export", "--out", export.toString());
        assertThat(exported.code()).isZero();
        assertThat(exported.out()).contains("exported").contains("level_text=72");

        use("second");
        Cli restored = Cli.run("restore", export.toString());
        assertThat(restored.code()).isZero();
        assertThat(restored.out()).contains("restored").contains("level_text=72");
        Path again = folder.resolve("again.json");
        assertThat(Cli.run("export", "--out", again.toString()).code()).isZero();
        assertThat(org.rolebook.backup.BackupIntegrationTests.withoutTheRestore((tools.jackson.databind.node.ObjectNode)
                        JsonMapper.shared().readTree(again.toFile()).get("tables")))
                .isEqualTo(JsonMapper.shared().readTree(export.toFile()).get("tables"));

        Cli twice = Cli.run("restore", export.toString());
        assertThat(twice.code()).isEqualTo(1);
        assertThat(twice.err()).contains("the database is not empty").contains("nothing was restored");
        Files.writeString(folder.resolve("bad.json"), "{\"hello\": 1}");
        assertThat(Cli.run("restore", folder.resolve("bad.json").toString()).err())
                .contains("not a Rolebook export");
    }

    @Test
    void anExportToAFolderOrWhereNoFolderIsIsRefusedInWords() throws Exception {
        use("third");
        Path empty = Files.createDirectories(folder.resolve("empty"));

        Cli intoFolder = Cli.run("export", "--out", empty.toString());
        Cli nowhere =
                Cli.run("export", "--out", folder.resolve("missing/export.json").toString());

        assertThat(intoFolder.code()).isEqualTo(1);
        assertThat(intoFolder.err())
                .contains("is a folder; give the file to write")
                .doesNotContain("Exception");
        assertThat(Files.isDirectory(empty)).isTrue();
        assertThat(nowhere.code()).isEqualTo(1);
        assertThat(nowhere.err()).contains("does not exist").doesNotContain("Exception");
    }

    @Test
    void aRestoreOfAnExportWithAnUnknownTableOrAValueOfTheWrongKindIsNamedAndRestoresNothing() throws Exception {
        use("fourth");
        Path export = folder.resolve("export.json");
        assertThat(Cli.run(
                                "school",
                                "add",
                                "--urn",
                                "119876",
                                "--name",
                                "Oakfield Primary School",
                                "--phase",
                                "PRIMARY",
                                "--pupils",
                                "210")
                        .code())
                .isZero();
        assertThat(Cli.run("export", "--out", export.toString()).code()).isZero();
        String text = Files.readString(export);
        Files.writeString(
                folder.resolve("table.json"),
                text.replaceFirst("\"tables\"\\s*:\\s*\\{", "\"tables\":{\"bogus\":[{\"a\":1}],"));
        Files.writeString(
                folder.resolve("kind.json"), text.replaceFirst("\"pupils\"\\s*:\\s*210", "\"pupils\":\"many\""));
        Files.writeString(
                folder.resolve("phase.json"),
                text.replaceFirst("\"phase\"\\s*:\\s*\"PRIMARY\"", "\"phase\":\"BOGUS\""));

        assertThat(Files.readString(folder.resolve("table.json"))).contains("bogus");
        assertThat(Files.readString(folder.resolve("kind.json"))).contains("\"many\"");
        use("fifth");
        Cli table = Cli.run("restore", folder.resolve("table.json").toString());
        Cli kind = Cli.run("restore", folder.resolve("kind.json").toString());

        assertThat(table.code()).isEqualTo(1);
        assertThat(table.err())
                .contains("the export has a table bogus this database does not; nothing was restored")
                .doesNotContain("nothing was restored; nothing was restored");
        assertThat(kind.code()).isEqualTo(1);
        assertThat(kind.err())
                .contains("school.pupils of row 1: \"many\" is not a value this column takes")
                .contains("nothing was restored")
                .doesNotContain("Exception");
        assertThat(Files.readString(folder.resolve("phase.json"))).contains("BOGUS");
        Cli phase = Cli.run("restore", folder.resolve("phase.json").toString());
        assertThat(phase.code()).isEqualTo(1);
        assertThat(phase.err())
                .contains("row 1 of school cannot be restored: school.phase \"BOGUS\" is not a value this column takes")
                .contains("nothing was restored")
                .doesNotContain("SQL");
        Cli empty = Cli.run("school", "list");
        assertThat(empty.out()).doesNotContain("Oakfield");
    }

    private void use(String database) {
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + folder.resolve(database + "/rolebook"));
    }
}
