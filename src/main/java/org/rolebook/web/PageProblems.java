package org.rolebook.web;

import jakarta.servlet.http.HttpServletResponse;
import org.rolebook.framework.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Friendly error pages for the web UI: what was wrong, in words, and where to go next. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageProblems {

    private static final java.util.regex.Pattern INDEXED = java.util.regex.Pattern.compile("[^\\[]+\\[(.*)]");

    /**
     * On every form, an item of a list is posted at an index the form gives ("accountabilities[3]");
     * any other index ("accountabilities[-1]", "accountabilities[x]") is named and nothing is saved.
     */
    @org.springframework.web.bind.annotation.InitBinder
    void onlyNumberedItems(org.springframework.web.context.request.WebRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            var indexed = INDEXED.matcher(name);
            if (indexed.matches() && !indexed.group(1).matches("\\d{1,9}")) {
                throw new FieldProblem(name, "is not a field of this form; nothing was saved");
            }
        }
    }

    @ExceptionHandler(FieldProblem.class)
    String fieldProblem(FieldProblem problem, HttpServletResponse response, Model model) {
        HttpStatus status = HttpStatus.valueOf(problem.status());
        return page(status, problem.field(), problem.getMessage(), response, model);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response, Model model) {
        return page(HttpStatus.BAD_REQUEST, mismatch.getName(), Mismatch.message(mismatch), response, model);
    }

    /**
     * A form field the page does not have, such as an item posted at an index no form gives
     * ("accountabilities[99999]", "accountabilities[-1]"): named, and nothing is saved.
     */
    @ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
    String invalidProperty(
            org.springframework.beans.InvalidPropertyException invalid, HttpServletResponse response, Model model) {
        return page(
                HttpStatus.BAD_REQUEST,
                invalid.getPropertyName(),
                "is not a field of this form; nothing was saved",
                response,
                model);
    }

    /** A form posted without a field it needs (the action of a workflow step, say): named, nothing saved. */
    @ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
    String missing(
            org.springframework.web.bind.MissingServletRequestParameterException missing,
            HttpServletResponse response,
            Model model) {
        return page(
                HttpStatus.BAD_REQUEST, missing.getParameterName(), "is required; nothing was saved", response, model);
    }

    /** A form value that is not of its field's kind ("abc" for the grade): named, and nothing is saved. */
    @ExceptionHandler(org.springframework.validation.BindException.class)
    String notBound(org.springframework.validation.BindException invalid, HttpServletResponse response, Model model) {
        var error = invalid.getFieldErrors().isEmpty()
                ? null
                : invalid.getFieldErrors().getFirst();
        return page(
                HttpStatus.BAD_REQUEST,
                error == null ? "form" : error.getField(),
                error == null
                        ? "could not be read; nothing was saved"
                        : "\"%s\" is not a valid value; nothing was saved".formatted(error.getRejectedValue()),
                response,
                model);
    }

    private static String page(
            HttpStatus status, String field, String message, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("heading", status == HttpStatus.NOT_FOUND ? "Page not found" : "There is a problem");
        // a value the message quotes is shown as typed, but a control character, invisible, as U+FFFD
        model.addAttribute("field", org.rolebook.framework.ControlCharacters.shown(field));
        model.addAttribute("message", org.rolebook.framework.ControlCharacters.shown(message));
        return "problem";
    }
}
