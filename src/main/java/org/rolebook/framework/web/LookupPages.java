package org.rolebook.framework.web;

import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.JobFamily;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Job-title lookup, comparison of two grades and search over the framework text. Each handler
 * answers an htmx request with the results fragment only, and any other request with the page.
 */
@Controller
class LookupPages {

    private final FrameworkCatalogue catalogue;

    LookupPages(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/titles")
    String titles(
            @RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", q.isBlank() ? null : catalogue.lookupTitle(q));
        return htmx == null ? "framework/titles" : "framework/titles :: results";
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("hits", q.isBlank() ? null : catalogue.search(q));
        return htmx == null ? "framework/search" : "framework/search :: results";
    }

    @GetMapping("/compare")
    String compare(
            @RequestParam(required = false) @Nullable String family,
            @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to,
            Model model) {
        JobFamily chosen = family == null
                ? catalogue.families().stream().findFirst().orElse(null)
                : FamilyPages.family(catalogue, family);
        model.addAttribute("families", catalogue.families());
        model.addAttribute("family", chosen);
        if (chosen != null && from != null && to != null) {
            // the lower grade first, whichever was chosen first: the marks are what the higher one adds
            var lower = FieldProblem.grade(from <= to ? "from" : "to", Math.min(from, to));
            var higher = FieldProblem.grade(from <= to ? "to" : "from", Math.max(from, to));
            model.addAttribute("comparison", catalogue.compare(chosen.slug(), lower, higher));
        }
        // the choices shown as compared: the lower grade first
        model.addAttribute("from", from == null || to == null ? from : Integer.valueOf(Math.min(from, to)));
        model.addAttribute("to", from == null || to == null ? to : Integer.valueOf(Math.max(from, to)));
        return "framework/compare";
    }
}
