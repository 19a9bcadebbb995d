package org.rolebook.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The errors Spring answers before any API handler runs (a method the route does not take, a
 * Content-Type it does not read, a route that is not there) say, like every other API error, which
 * part of the request is at fault and what it should be: {@code field} and {@code detail}.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object path = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
        if (path == null || !path.toString().startsWith("/api/")) {
            return attributes;
        }
        Throwable error = getError(request);
        if (error instanceof HttpMediaTypeNotSupportedException media) {
            put(
                    attributes,
                    "Content-Type",
                    "must be one of %s, not %s"
                            .formatted(
                                    media.getSupportedMediaTypes().stream()
                                            .map(Object::toString)
                                            .collect(Collectors.joining(", ")),
                                    media.getContentType() == null ? "none" : media.getContentType()));
        } else if (error instanceof HttpRequestMethodNotSupportedException method) {
            put(
                    attributes,
                    "method",
                    "%s is not taken here; this route takes %s"
                            .formatted(
                                    method.getMethod(),
                                    String.join(
                                            ", ",
                                            method.getSupportedMethods() == null
                                                    ? new String[0]
                                                    : method.getSupportedMethods())));
        } else if (error instanceof NoResourceFoundException) {
            put(attributes, "path", "%s is not a route of the API (see /v3/api-docs)".formatted(path));
        }
        return attributes;
    }

    private static void put(Map<String, Object> attributes, String field, String message) {
        attributes.put("field", field);
        attributes.put("detail", field + ": " + message);
    }
}
