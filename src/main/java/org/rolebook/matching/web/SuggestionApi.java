package org.rolebook.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.matching.ProfileText;
import org.rolebook.matching.ProfileTextReader;
import org.rolebook.matching.Suggestion;
import org.rolebook.matching.Suggestions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Grade suggestion as JSON: a profile's text, or a role profile form or job description file. */
@RestController
@RequestMapping(path = "/api/suggestions", produces = "application/json")
@Tag(
        name = "Grade suggestion",
        description = "A suggested grade with confidence, every level ranked, evidence per dimension, cues and flags")
class SuggestionApi {

    private static final int MOST_LINES = 500;

    private final Suggestions suggestions;

    SuggestionApi(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Suggest a grade for a profile's text",
            description =
                    "title, statedGrade (as written), staffResponsibility, scope, accountabilities, optionalDuties,"
                            + " additionalInformation and freeText; any may be left out")
    Suggestion suggest(@RequestBody @Nullable ProfileText profile) {
        if (profile == null) {
            throw new FieldProblem("body", "give the profile's text as JSON");
        }
        check(profile);
        return suggestions.suggest(profile);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Suggest a grade for an uploaded file",
            description =
                    "A role profile form or job description as UTF-8 text (part \"file\"); the answer has what was"
                            + " read from it and the suggestion")
    Suggestions.Read suggestFile(@RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > ProfileTextReader.MAX_BYTES) {
            throw new FieldProblem(
                    "file",
                    "the file is %d bytes; the most grade suggestion reads is %d bytes"
                            .formatted(file.getSize(), ProfileTextReader.MAX_BYTES));
        }
        return suggestions.suggest(file.getBytes());
    }

    private static void check(ProfileText profile) {
        String stated = profile.statedGrade();
        String staff = profile.staffResponsibility();
        long size = profile.title().length()
                + profile.scope().length()
                + (stated == null ? 0 : stated.length())
                + (staff == null ? 0 : staff.length())
                + profile.freeText().length()
                + profile.accountabilities().stream().mapToLong(String::length).sum()
                + profile.optionalDuties().stream().mapToLong(String::length).sum()
                + profile.additionalInformation().stream()
                        .mapToLong(String::length)
                        .sum();
        if (size > ProfileTextReader.MAX_BYTES) {
            throw new FieldProblem(
                    "body",
                    "the profile holds %d characters; the most grade suggestion reads is %d"
                            .formatted(size, ProfileTextReader.MAX_BYTES));
        }
        if (profile.title().length() > 300) {
            throw new FieldProblem(
                    "title",
                    "a title of %d characters is not a job title"
                            .formatted(profile.title().length()));
        }
        for (var list : java.util.Map.of(
                        "accountabilities", profile.accountabilities(),
                        "optionalDuties", profile.optionalDuties(),
                        "additionalInformation", profile.additionalInformation())
                .entrySet()) {
            if (list.getValue().size() > MOST_LINES) {
                throw new FieldProblem(
                        list.getKey(),
                        "%d items; the most read is %d"
                                .formatted(list.getValue().size(), MOST_LINES));
            }
        }
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException missing, HttpServletRequest request) {
        return problem(missing.getRequestPartName(), "is required: upload the document as this part", request);
    }

    private static ProblemDetail problem(String field, String message, HttpServletRequest request) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + message);
        detail.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        detail.setInstance(URI.create(request.getRequestURI()));
        detail.setProperty("field", field);
        return detail;
    }
}
