package org.rolebook.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.rolebook.framework.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

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
        return detail(
                HttpStatus.BAD_REQUEST,
                mismatch.getName(),
                "\"%s\" is not a valid value".formatted(mismatch.getValue()),
                request);
    }

    static ProblemDetail detail(HttpStatus status, String field, String message, HttpServletRequest request) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, field + ": " + message);
        detail.setTitle(status.getReasonPhrase());
        detail.setInstance(URI.create(request.getRequestURI()));
        detail.setProperty("field", field);
        return detail;
    }
}
