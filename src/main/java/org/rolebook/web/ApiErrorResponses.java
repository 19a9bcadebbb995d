package org.rolebook.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The errors every route of the API may answer, in its OpenAPI description: each as an RFC 9457
 * problem detail ("Problem") whose field names what is wrong, so that a client generated from the
 * description knows the shape of a refusal as well as of an answer. A route with a path variable
 * may answer 404; one that takes If-Match, 412 and 428.
 */
@Configuration
class ApiErrorResponses {

    static final String PROBLEM = "Problem";

    @Bean
    OpenApiCustomizer errorResponses() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problem());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    item.readOperations().forEach(operation -> addTo(path, item, operation));
                }
            });
        };
    }

    private static void addTo(String path, PathItem item, Operation operation) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "The request cannot be read or a field is wrong: field and detail say which and why");
        errors.put("401", "No valid API token or session: send Authorization: Bearer rbk_…");
        errors.put("403", "The token's user may not do this, or a session's write lacks its CSRF token");
        if (path.contains("{")) {
            errors.put("404", "Nothing of that id, or nothing the caller may read");
        }
        boolean ifMatch = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        if (ifMatch) {
            errors.put("412", "The If-Match ETag is stale: someone saved since it was read");
            errors.put("428", "If-Match is missing: send the ETag read");
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        errors.forEach((status, description) -> {
            // a response springdoc already derived from an exception handler gets the problem's shape too
            ApiResponse response = responses.computeIfAbsent(status, s -> new ApiResponse().description(description));
            Content content = response.getContent() == null ? new Content() : response.getContent();
            content.addMediaType(
                    "application/problem+json",
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
            response.setContent(content);
        });
        operation.setResponses(responses);
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem detail; field names the field, parameter or part at fault")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("postTitle: must be text, not \"123\""))
                .addProperty("instance", new StringSchema().example("/api/role-profiles"))
                .addProperty("field", new StringSchema().example("postTitle"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .description("every field at fault, where there are several")
                                .items(new ObjectSchema()
                                        .addProperty("field", new StringSchema())
                                        .addProperty("message", new StringSchema())));
    }
}
