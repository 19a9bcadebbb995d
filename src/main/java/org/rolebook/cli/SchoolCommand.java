package org.rolebook.cli;

import java.util.concurrent.Callable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.roleprofile.NewSchool;
import org.rolebook.roleprofile.Phase;
import org.rolebook.roleprofile.School;
import org.rolebook.roleprofile.Schools;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rolebook school add | list}: the schools whose posts have role profiles. */
@Command(
        name = "school",
        description = "Register and list schools.",
        subcommands = {SchoolCommand.Add.class, SchoolCommand.ListSchools.class})
final class SchoolCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", description = "Register a school.")
    static final class Add implements Callable<Integer> {
        private final Class<?> application;

        @Spec
        CommandSpec spec;

        @Option(names = "--urn", required = true, description = "The school's unique reference number.")
        String urn;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--phase", required = true, description = "PRIMARY, SECONDARY, SPECIAL or ALL_THROUGH")
        Phase phase;

        @Option(names = "--pupils")
        Integer pupils;

        Add(Class<?> application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = BatchContext.start(application)) {
                School school = context.getBean(Schools.class).add(new NewSchool(urn, name, phase, pupils));
                spec.commandLine().getOut().printf("registered %s (URN %s)%n", school.name(), school.urn());
                return 0;
            } catch (FieldProblem problem) {
                problem.details()
                        .forEach(detail -> spec.commandLine()
                                .getErr()
                                .printf("school: %s: %s%n", detail.field(), detail.message()));
                return 1;
            }
        }
    }

    @Command(name = "list", description = "List the schools.")
    static final class ListSchools implements Callable<Integer> {
        private final Class<?> application;

        @Spec
        CommandSpec spec;

        ListSchools(Class<?> application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = BatchContext.start(application)) {
                for (School school : context.getBean(Schools.class).all()) {
                    spec.commandLine()
                            .getOut()
                            .printf("%s\t%s\t%s%n", school.urn(), school.phase().name(), school.name());
                }
                return 0;
            }
        }
    }
}
