package org.rolebook.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.audit.AuditLog;
import org.rolebook.audit.AuditQuery;
import org.rolebook.audit.Kind;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for HR admins: filter by who, what kind, words and days; export the same as CSV.
 * Read-only: there is no route that changes an entry.
 */
@Controller
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditLog log;

    AuditPages(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    String entries(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        List<Problem> problems = new ArrayList<>();
        AuditQuery query = query(actor, kind, q, from, to, page, PAGE_SIZE, problems);
        var result = log.find(query);
        if (result.entries().isEmpty() && result.total() > 0) {
            // a page past the last: the last page there is
            result = log.find(query(actor, kind, q, from, to, result.pages(), PAGE_SIZE, new ArrayList<>()));
        }
        model.addAttribute("problems", problems);
        model.addAttribute("result", result);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("actors", log.actors());
        model.addAttribute("actor", actor);
        model.addAttribute("kind", kind);
        model.addAttribute("q", q);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit/entries";
    }

    @GetMapping("/audit.csv")
    void csv(
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            HttpServletResponse response)
            throws IOException {
        List<Problem> problems = new ArrayList<>();
        AuditQuery query = query(actor, kind, q, from, to, 1, AuditQuery.MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            // the download is a file, so its refusal is plain text naming each filter at fault
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType("text/plain;charset=UTF-8");
            for (Problem problem : problems) {
                response.getWriter().println(problem.field() + ": " + problem.message());
            }
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"rolebook-audit-log.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        log.writeCsv(query, response.getWriter());
    }

    /** A filter value that could not be read, named by its field. */
    record Problem(String field, String message) {}

    private static AuditQuery query(
            @Nullable String actor,
            @Nullable String kind,
            @Nullable String text,
            @Nullable String from,
            @Nullable String to,
            int page,
            int size,
            List<Problem> problems) {
        Kind chosen = null;
        if (kind != null && !kind.isBlank()) {
            try {
                chosen = Kind.ofCode(kind.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("kind", e.getMessage()));
            }
        }
        LocalDate fromDay = day("from", from, problems);
        LocalDate toDay = day("to", to, problems);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            problems.add(new Problem("to", "the last day, " + toDay + ", is before the first, " + fromDay));
        }
        return new AuditQuery(actor, chosen, text, fromDay, toDay, page, size);
    }

    private static @Nullable LocalDate day(String field, @Nullable String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // day/month/year as everywhere else in Rolebook, or YYYY-MM-DD as the CSV and the API write days
        for (var form : java.util.List.of(
                java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"),
                java.time.format.DateTimeFormatter.ofPattern("d/M/uu"),
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(value.strip(), form.withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (DateTimeParseException notThisForm) {
                // the next form
            }
        }
        problems.add(new Problem(
                field, "\"" + value.strip() + "\" is not a day written as day/month/year, such as 28/02/2026"));
        return null;
    }
}
