package org.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command and subcommand answers --help with its usage, whatever it would otherwise require. */
class HelpTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "import",
                "render",
                "export",
                "restore",
                "suggest",
                "user",
                "user add",
                "token",
                "token create",
                "school",
                "school list"
            })
    void helpOfEveryCommand(String command) {
        String[] words = (command + " --help").split(" ");

        Cli run = Cli.run(words);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Usage: rolebook " + command);
    }

    @org.junit.jupiter.api.Test
    void theCommandListGivesEachCommandsSummaryWhole() {
        Cli run = Cli.run("--help");

        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("Import framework documents, role profile forms and role profile CSV")
                .contains("Render a role profile as the official form (PDF, DOCX or HTML).")
                .contains("Suggest a grade, with its evidence and flags, for each file.");
    }
}
