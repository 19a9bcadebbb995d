package org.rolebook;

import org.rolebook.cli.CommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Rolebook: the job-family grading framework for school support staff. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RolebookApplication {

    public static void main(String[] args) {
        CommandLine.main(RolebookApplication.class, args);
    }
}
