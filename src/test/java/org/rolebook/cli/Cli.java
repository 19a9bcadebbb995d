package org.rolebook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.rolebook.RolebookApplication;

/** Runs a command as a user would type it, in this JVM, and keeps its exit code and output. */
record Cli(int code, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLine.run(RolebookApplication.class, args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(code, out.toString(), err.toString());
    }
}
