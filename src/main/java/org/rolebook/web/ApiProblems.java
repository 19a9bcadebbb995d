package org.rolebook.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.rolebook.framework.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Errors of the JSON API as RFC 9457 problem details that name the field at fault; never a stack trace. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    @ExceptionHandler(FieldProblem.class)
    ProblemDetail fieldProblem(FieldProblem problem, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(problem.status());
        ProblemDetail detail = detail(status, problem.field(), problem.getMessage(), request);
        detail.setProperty("errors", problem.details());
        return detail;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException missing, HttpServletRequest request) {
        return detail(HttpStatus.BAD_REQUEST, missing.getParameterName(), "is required", request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        return detail(HttpStatus.BAD_REQUEST, mismatch.getName(), Mismatch.message(mismatch), request);
    }

    /**
     * A JSON body that cannot be read names the field at fault where there is one: a field the
     * request does not have (nothing sent is ignored), or a value of the wrong kind.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        Throwable cause = unreadable.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return detail(
                    HttpStatus.BAD_REQUEST,
                    path(unknown),
                    "is not a field of this request; its fields are " + names(unknown.getKnownPropertyIds()),
                    request);
        }
        if (cause instanceof MismatchedInputException mismatched) {
            if (mismatched.getPath().isEmpty()) {
                return detail(HttpStatus.BAD_REQUEST, "body", "must be a JSON object of the request's fields", request);
            }
            if (mismatched instanceof tools.jackson.databind.exc.InvalidNullException) {
                return detail(
                        HttpStatus.BAD_REQUEST,
                        path(mismatched),
                        "is null: give the item's text, or leave the item out",
                        request);
            }
            String given = mismatched instanceof InvalidFormatException invalid && invalid.getValue() != null
                    ? ", not \"%s\"".formatted(invalid.getValue())
                    : "";
            return detail(
                    HttpStatus.BAD_REQUEST,
                    path(mismatched),
                    "must be " + kind(mismatched.getTargetType()) + given,
                    request);
        }
        if (cause instanceof JacksonException json) {
            var twice = DUPLICATE.matcher(String.valueOf(json.getOriginalMessage()));
            if (twice.find()) {
                return detail(HttpStatus.BAD_REQUEST, twice.group(1), "is given twice; give it once", request);
            }
            // a number too large for its field: the path is on the exception that wraps it
            for (Throwable at = unreadable.getCause(); at != null; at = at.getCause() == at ? null : at.getCause()) {
                if (at instanceof JacksonException wrapping
                        && !wrapping.getPath().isEmpty()) {
                    return detail(
                            HttpStatus.BAD_REQUEST, path(wrapping), "is out of the range this field takes", request);
                }
            }
            if (cause instanceof tools.jackson.core.exc.InputCoercionException) {
                return detail(HttpStatus.BAD_REQUEST, "body", "has a number out of the range its field takes", request);
            }
            TokenStreamLocation at = json.getLocation();
            if (at != null) {
                return detail(
                        HttpStatus.BAD_REQUEST,
                        "body",
                        "is not valid JSON (line %d, column %d)".formatted(at.getLineNr(), at.getColumnNr()),
                        request);
            }
        }
        return detail(HttpStatus.BAD_REQUEST, "body", "is required, as JSON", request);
    }

    private static final java.util.regex.Pattern DUPLICATE =
            java.util.regex.Pattern.compile("Duplicate (?:Object )?(?:property|field) \"([^\"]+)\"");

    /** Where in the body: "accountabilities[2]", "schoolId". */
    private static String path(JacksonException problem) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : problem.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String names(Collection<Object> known) {
        List<String> names = known.stream().map(String::valueOf).sorted().toList();
        return names.stream().collect(Collectors.joining(", "));
    }

    /** A value's kind as a person says it. */
    private static String kind(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object";
    }

    static ProblemDetail detail(HttpStatus status, String field, String message, HttpServletRequest request) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, field + ": " + message);
        detail.setTitle(status.getReasonPhrase());
        detail.setInstance(URI.create(request.getRequestURI()));
        detail.setProperty("field", field);
        return detail;
    }
}
