package org.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolebook.RolebookApplication;

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
        Run added = run("user", "add", "--username", "panel.member", "--role", "EVALUATOR");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out())
                .contains("added panel.member (Evaluator)")
                .containsPattern("password, shown this once: \\S{20,}");

        Run editorWithoutSchool = run("user", "add", "--username", "head", "--role", "SCHOOL_EDITOR");
        assertThat(editorWithoutSchool.code()).isEqualTo(1);
        assertThat(editorWithoutSchool.err()).contains("school: a school editor edits at least one school");
        assertThat(run("user", "add", "--username", "head", "--role", "SCHOOL_EDITOR", "--school", "999999")
                        .err())
                .contains("no school with URN 999999");
        assertThat(run("user", "add", "--username", "panel.member", "--role", "VIEWER")
                        .err())
                .contains("already exists");

        assertThat(run("user", "disable", "panel.member").out()).contains("disabled panel.member");
        assertThat(run("user", "list").out()).contains("panel.member\tEVALUATOR\tdisabled");
        assertThat(run("user", "add", "--username", "x", "--role", "KING").code())
                .isEqualTo(2);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLine.run(RolebookApplication.class, args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {}
}
