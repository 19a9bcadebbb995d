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
        versionProvider = Version.class,
        description = "Rolebook: the job-family grading framework for school support staff.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            RenderCommand.class,
            ExportCommand.class,
            RestoreCommand.class,
            UserCommand.class,
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
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args.length == 0 ? new String[] {"serve"} : args);
    }

    /** Gives each command the application class, so that it can start Spring itself. */
    private record Factory(Class<?> application) implements IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ServeCommand.class) {
                return type.cast(new ServeCommand(application));
            }
            if (type == ImportCommand.class) {
                return type.cast(new ImportCommand(application));
            }
            if (type == RenderCommand.class) {
                return type.cast(new RenderCommand(application));
            }
            if (type == ExportCommand.class) {
                return type.cast(new ExportCommand(application));
            }
            if (type == RestoreCommand.class) {
                return type.cast(new RestoreCommand(application));
            }
            if (type == UserCommand.Add.class) {
                return type.cast(new UserCommand.Add(application));
            }
            if (type == UserCommand.Disable.class) {
                return type.cast(new UserCommand.Disable(application));
            }
            if (type == UserCommand.ListUsers.class) {
                return type.cast(new UserCommand.ListUsers(application));
            }
            if (type == SchoolCommand.Add.class) {
                return type.cast(new SchoolCommand.Add(application));
            }
            if (type == SchoolCommand.ListSchools.class) {
                return type.cast(new SchoolCommand.ListSchools(application));
            }
            if (type == SuggestCommand.class) {
                return type.cast(new SuggestCommand(application));
            }
            if (type == CommandLine.class) {
                return type.cast(new CommandLine());
            }
            return picocli.CommandLine.defaultFactory().create(type);
        }
    }
}
