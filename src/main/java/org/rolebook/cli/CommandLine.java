package org.rolebook.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;

/**
 * Entry point of every command: parses the arguments with picocli, then starts what the command
 * needs: the web application for {@code serve}, a context without a web server for batch work.
 */
@Command(
        name = "rolebook",
        mixinStandardHelpOptions = true,
        // --help and --version on every command and subcommand: "rolebook import --help"
        scope = picocli.CommandLine.ScopeType.INHERIT,
        versionProvider = Version.class,
        description = "Rolebook: the job-family grading framework for school support staff.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            RenderCommand.class,
            ExportCommand.class,
            RestoreCommand.class,
            UserCommand.class,
            TokenCommand.class,
            SchoolCommand.class,
            SuggestCommand.class,
            picocli.CommandLine.HelpCommand.class
        })
public final class CommandLine implements Runnable {

    private CommandLine() {}

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command the arguments name, then exits with its code, unless it started the server. */
    public static void main(Class<?> application, String[] args) {
        int code = run(application, args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != ServeCommand.RUNNING) {
            System.exit(code);
        }
    }

    static int run(Class<?> application, String[] args, PrintWriter out, PrintWriter err) {
        IFactory factory = new Factory(application);
        picocli.CommandLine commandLine = new picocli.CommandLine(new CommandLine(), factory);
        // what the commands print comes partly from files and users: no control character reaches the terminal
        commandLine.setOut(new PrintWriter(new ShownWriter(out), true));
        commandLine.setErr(new PrintWriter(new ShownWriter(err), true));
        commandLine.setColorScheme(picocli.CommandLine.Help.defaultColorScheme(picocli.CommandLine.Help.Ansi.OFF));
        return commandLine.execute(args.length == 0 ? new String[] {"serve"} : args);
    }

    /** Gives each command that asks for it (a constructor taking a class) the application class, so that it can start Spring itself. */
    private record Factory(Class<?> application) implements IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == CommandLine.class) {
                return type.cast(new CommandLine());
            }
            try {
                var constructor = type.getDeclaredConstructor(Class.class);
                constructor.setAccessible(true);
                return constructor.newInstance(application);
            } catch (NoSuchMethodException none) {
                return picocli.CommandLine.defaultFactory().create(type);
            }
        }
    }
}
