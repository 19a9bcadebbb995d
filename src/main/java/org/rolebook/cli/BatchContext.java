package org.rolebook.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application without its web server, its logging quiet so that a command's output is its own. */
final class BatchContext {

    private BatchContext() {}

    /** A context that loads the seed framework into an empty database first, for commands that need one. */
    static ConfigurableApplicationContext startWithFramework(Class<?> application) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(
                        "--logging.level.root=off",
                        "--logging.level.org.rolebook=off",
                        "--logging.level.org.flywaydb=off");
    }

    static ConfigurableApplicationContext start(Class<?> application) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(
                        "--rolebook.seed.enabled=false",
                        "--logging.level.root=off",
                        "--logging.level.org.rolebook=off",
                        "--logging.level.org.flywaydb=off");
    }
}
