package org.rolebook.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.security.ApiToken;
import org.rolebook.security.ApiTokens;
import org.rolebook.security.NewToken;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rolebook token create | list | revoke}: API tokens for automation, issued by whoever runs the server. */
@Command(
        name = "token",
        description = "Create, list and revoke API tokens.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    interface Work {
        void run(ApiTokens tokens);
    }

    static int withTokens(CommandSpec spec, Class<?> application, Work work) {
        try (ConfigurableApplicationContext context = BatchContext.start(application)) {
            work.run(context.getBean(ApiTokens.class));
            return 0;
        } catch (FieldProblem problem) {
            spec.commandLine().getErr().printf("token: %s: %s%n", problem.field(), problem.getMessage());
            return 1;
        }
    }

    @Command(
            name = "create",
            description = "Make an API token for a user; it is printed this once and stored only as a hash.")
    static final class Create implements Callable<Integer> {
        private final Class<?> application;

        @Spec
        CommandSpec spec;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "Whose token it is.")
        String user;

        @Option(
                names = "--days",
                paramLabel = "N",
                description = "How many days it lasts (1 to " + ApiTokens.MAX_DAYS + ", default "
                        + ApiTokens.DEFAULT_DAYS + ").")
        int days = ApiTokens.DEFAULT_DAYS;

        @Option(names = "--name", paramLabel = "LABEL", description = "What it is for (default: automation).")
        String name = "automation";

        Create(Class<?> application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            return withTokens(spec, application, tokens -> {
                NewToken made = tokens.create(user, name, days);
                var out = spec.commandLine().getOut();
                out.printf(
                        "token %d for %s (%s), expires %s%n",
                        made.token().id(),
                        user,
                        made.token().name(),
                        made.token().expiresAt());
                out.printf("token, shown this once: %s%n", made.secret());
                out.println("use it as the header  Authorization: Bearer <token>");
            });
        }
    }

    @Command(name = "list", description = "List a user's API tokens (never the tokens themselves).")
    static final class ListTokens implements Callable<Integer> {
        private final Class<?> application;

        @Spec
        CommandSpec spec;

        @Option(names = "--user", required = true, paramLabel = "NAME")
        String user;

        ListTokens(Class<?> application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            return withTokens(spec, application, tokens -> {
                Instant now = Instant.now();
                for (ApiToken token : tokens.of(user)) {
                    spec.commandLine()
                            .getOut()
                            .printf(
                                    "%d\t%s\t%s…\t%s\texpires %s%n",
                                    token.id(), token.name(), token.tokenStart(), token.state(now), token.expiresAt());
                }
            });
        }
    }

    @Command(name = "revoke", description = "Revoke a user's API token: it stops working at once.")
    static final class Revoke implements Callable<Integer> {
        private final Class<?> application;

        @Spec
        CommandSpec spec;

        @Option(names = "--user", required = true, paramLabel = "NAME")
        String user;

        @Parameters(paramLabel = "ID", description = "The token's number, as listed.")
        long id;

        Revoke(Class<?> application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            return withTokens(spec, application, tokens -> {
                tokens.revoke(id, user);
                spec.commandLine().getOut().printf("revoked token %d of %s%n", id, user);
            });
        }
    }
}
