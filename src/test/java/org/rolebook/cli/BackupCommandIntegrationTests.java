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

    private void use(String database) {
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + folder.resolve(database + "/rolebook"));
    }
}
