package org.rolebook.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's own words: what the API is, and how a client signs in to it (an API
 * token as a bearer token, made on /account), so that a client generated from it, or "Try it out",
 * can send one.
 */
@Configuration
class ApiDescription {

    @Bean
    OpenAPI rolebookApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Rolebook API")
                        .version(
                                ApiDescription.class.getPackage().getImplementationVersion() == null
                                        ? "development"
                                        : ApiDescription.class.getPackage().getImplementationVersion())
                        .description("The job-family grading framework, role profiles, grade suggestions and official"
                                + " documents. Errors are RFC 9457 problem details whose field names what is wrong."))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiToken",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API token made on /account: Authorization: Bearer rbk_…")))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }
}
