package org.rolebook;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Tests start from an empty schema, so that a database left by an earlier run changes nothing;
 * and their MockMvc requests are signed in as an HR admin with a CSRF token, unless a test signs
 * in as someone else ({@code .with(user(…))}) or as no one ({@code .with(anonymous())}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabase {

    public static final String HR_ADMIN = "hr-admin";

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    @Bean
    MockMvcBuilderCustomizer signedInAsHrAdmin() {
        return builder -> builder.defaultRequest(
                get("/").with(user(HR_ADMIN).roles("HR_ADMIN")).with(csrf()));
    }
}
