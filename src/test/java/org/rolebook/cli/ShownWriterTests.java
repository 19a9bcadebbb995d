package org.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ShownWriterTests {

    @Test
    void controlCharactersReachNoTerminalButLinesAndTabsDo() {
        StringWriter terminal = new StringWriter();
        PrintWriter out = new PrintWriter(new ShownWriter(terminal), true);

        out.printf("title: Ctrl\u0007\u001b[31m Worker%n\tGrade 5%n");
        out.print('\u009b');
        out.flush();

        assertThat(terminal.toString())
                .isEqualTo("title: Ctrl\uFFFD\uFFFD[31m Worker" + System.lineSeparator() + "\tGrade 5"
                        + System.lineSeparator() + "\uFFFD");
    }
}
