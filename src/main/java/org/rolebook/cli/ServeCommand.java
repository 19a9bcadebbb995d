package org.rolebook.cli;

import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code rolebook serve}: the web application, on the embedded database unless configured otherwise. */
@Command(
        name = "serve",
        description = "Start the web application (http://localhost:8080 unless --server.port=… says otherwise).")
final class ServeCommand implements Callable<Integer> {

    /** The exit code that means: the server is running, do not exit. */
    static final int RUNNING = -1;

    private final Class<?> application;

    @Unmatched
    String[] springArguments = new String[0];

    ServeCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        SpringApplication.run(application, springArguments);
        return RUNNING;
    }
}
