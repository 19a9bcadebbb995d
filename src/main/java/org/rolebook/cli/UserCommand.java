package org.rolebook.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.roleprofile.Schools;
import org.rolebook.security.NewUser;
import org.rolebook.security.Role;
import org.rolebook.security.User;
import org.rolebook.security.Users;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rolebook user add | disable | list}: the people who may sign in. */
@Command(
        name = "user",
        description = "Add, disable and list users.",
        subcommands = {UserCommand.Add.class, UserCommand.Disable.class, UserCommand.ListUsers.class})
final class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs work against the users of the database, turning a problem into its message and exit code 1. */
    static int withUsers(CommandSpec spec, Class<?> application, Work work) {
        try (ConfigurableApplicationContext context = BatchContext.start(application)) {
            work.run(context.getBean(Users.class), context.getBean(Schools.class));
            return 0;
        } catch (FieldProblem problem) {
            problem.details()
                    .forEach(detail ->
                            spec.commandLine().getErr().printf("user: %s: %s%n", detail.field(), detail.message()));
            return 1;
        }
    }

    interface Work {
        void run(Users users, Schools registered);
    }

    @Command(
            name = "add",
            description =
                    "Add a user. The password is read from standard input with --password-stdin, or made up and printed once.")
    static final class Add implements Callable<Integer> {
        private final Class<?> application;

        @Spec
        CommandSpec spec;

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--role", required = true, description = "HR_ADMIN, EVALUATOR, SCHOOL_EDITOR or VIEWER")
        Role role;

        @Option(
                names = "--school",
                paramLabel = "URN",
                description = "A school a school editor edits (repeat for several).")
        List<String> schools = new ArrayList<>();

        @Option(names = "--password-stdin", description = "Read the password from standard input.")
        boolean passwordFromStdin;

        Add(Class<?> application) {
            this.application = application;
        }

        @Override
        public Integer call() throws Exception {
            String given = made();
            if (passwordFromStdin) {
                // the password is the one line given; more is refused rather than dropped
                var lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                        .lines()
                        .toList();
                if (lines.size() > 1) {
                    spec.commandLine()
                            .getErr()
                            .printf(
                                    "user: password: standard input has %d lines; give the password as one line%n",
                                    lines.size());
                    return 1;
                }
                given = lines.isEmpty() ? "" : lines.getFirst();
            }
            String password = given;
            return withUsers(spec, application, (users, registered) -> {
                Set<Long> ids = new TreeSet<>();
                for (String urn : schools) {
                    ids.add(registered.byUrn(urn).id());
                }
                User user = users.add(new NewUser(username, password == null ? "" : password, role, ids));
                spec.commandLine()
                        .getOut()
                        .printf(
                                "added %s (%s)%s%n",
                                user.username(),
                                user.role().label(),
                                schools.isEmpty() ? "" : " for schools " + schools);
                if (!passwordFromStdin) {
                    spec.commandLine().getOut().printf("password, shown this once: %s%n", password);
                }
            });
        }

        private static String made() {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }

    @Command(name = "disable", description = "Disable a user: they can no longer sign in.")
    static final class Disable implements Callable<Integer> {
        private final Class<?> application;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        Disable(Class<?> application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            return withUsers(spec, application, (users, registered) -> {
                users.disable(username);
                spec.commandLine().getOut().printf("disabled %s%n", username);
            });
        }
    }

    @Command(name = "list", description = "List the users, their roles and schools.")
    static final class ListUsers implements Callable<Integer> {
        private final Class<?> application;

        @Spec
        CommandSpec spec;

        ListUsers(Class<?> application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            return withUsers(spec, application, (users, registered) -> {
                for (User user : users.all()) {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "%s\t%s\t%s\t%s%n",
                                    user.username(),
                                    user.role().name(),
                                    user.enabled() ? "enabled" : "disabled",
                                    user.schoolIds());
                }
            });
        }
    }
}
