package org.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rolebook user add | disable | list} on a database file. */
class UserCommandIntegrationTests {

    @TempDir
    Path folder;

    @BeforeEach
    void ownDatabase() {
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("db/rolebook"));
    }

    @AfterEach
    void forgetDatabase() {
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void addListAndDisableUsers() {
        Cli added = Cli.run("user", "add", "--username", "panel.member", "--role", "EVALUATOR");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out())
                .contains("added panel.member (Evaluator)")
                .containsPattern("password, shown this once: \\S{20,}");

        Cli editorWithoutSchool = Cli.run("user", "add", "--username", "head", "--role", "SCHOOL_EDITOR");
        assertThat(editorWithoutSchool.code()).isEqualTo(1);
        assertThat(editorWithoutSchool.err()).contains("school: a school editor edits at least one school");
        assertThat(Cli.run("user", "add", "--username", "head", "--role", "SCHOOL_EDITOR", "--school", "999999")
                        .err())
                .contains("no school with URN 999999");
        assertThat(Cli.run("user", "add", "--username", "panel.member", "--role", "VIEWER")
                        .err())
                .contains("already exists");
        Cli sameButCapitals = Cli.run("user", "add", "--username", "Panel.Member", "--role", "VIEWER");
        assertThat(sameButCapitals.code()).isEqualTo(1);
        assertThat(sameButCapitals.err())
                .contains("a user called panel.member already exists; names that differ only in capitals");

        assertThat(Cli.run("user", "disable", "panel.member").out()).contains("disabled panel.member");
        assertThat(Cli.run("user", "list").out()).contains("panel.member\tEVALUATOR\tdisabled");
        assertThat(Cli.run("user", "add", "--username", "x", "--role", "KING").code())
                .isEqualTo(2);
    }

    @Test
    void aPasswordOnStandardInputIsOneLine() {
        java.io.InputStream keyboard = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(
                    "a-long-enough-password-1\nsecond line\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Cli twoLines = Cli.run("user", "add", "--username", "two.lines", "--role", "VIEWER", "--password-stdin");
            System.setIn(new java.io.ByteArrayInputStream(
                    "a-long-enough-password-1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Cli oneLine = Cli.run("user", "add", "--username", "one.line", "--role", "VIEWER", "--password-stdin");

            assertThat(twoLines.code()).isEqualTo(1);
            assertThat(twoLines.err()).contains("password: standard input has 2 lines; give the password as one line");
            assertThat(oneLine.code()).as(oneLine.err()).isZero();
            assertThat(Cli.run("user", "list").out()).contains("one.line").doesNotContain("two.lines");
        } finally {
            System.setIn(keyboard);
        }
    }
}
