package org.rolebook.framework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.rolebook.framework.FieldProblem;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.JobFamily;
import org.rolebook.framework.SearchHit;
import org.rolebook.framework.StandardStatement;
import org.rolebook.framework.TitleLookupResult;
import org.rolebook.framework.UnknownInCatalogue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The framework catalogue as JSON. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(
        name = "Framework catalogue",
        description = "Frameworks, job families, levels, grade profiles, title lookup, compare, search")
class FrameworkApi {

    private final FrameworkCatalogue catalogue;

    FrameworkApi(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/framework")
    @Operation(summary = "The framework in force: name, publisher, effective year, version and its families")
    ApiViews.Framework framework() {
        var framework =
                catalogue.framework().orElseThrow(() -> new UnknownInCatalogue("framework", "no framework is loaded"));
        return new ApiViews.Framework(
                framework.name(), framework.publisher(), framework.effectiveYear(), framework.version(), families());
    }

    @GetMapping("/families")
    @Operation(summary = "The job families of the framework")
    List<ApiViews.FamilySummary> families() {
        return catalogue.families().stream().map(ApiViews.FamilySummary::of).toList();
    }

    @GetMapping("/families/{slug}")
    @Operation(summary = "One job family with every level, dimension by dimension")
    ApiViews.Family family(@PathVariable String slug) {
        return ApiViews.Family.of(FamilyPages.family(catalogue, slug));
    }

    @GetMapping("/families/{slug}/levels/{grade}")
    @Operation(summary = "One level of a family: every dimension as written, example titles and typical tasks")
    ApiViews.Level level(@PathVariable String slug, @PathVariable int grade) {
        JobFamily family = FamilyPages.family(catalogue, slug);
        var wanted = FieldProblem.grade("grade", grade);
        return family.level(wanted)
                .map(ApiViews.Level::of)
                .orElseThrow(() -> new UnknownInCatalogue("grade", family.name() + " has no " + wanted.label()));
    }

    @GetMapping("/grade-profiles")
    @Operation(summary = "The generic grade profiles")
    List<ApiViews.Profile> gradeProfiles() {
        return catalogue.gradeProfiles().stream().map(ApiViews.Profile::of).toList();
    }

    @GetMapping("/grade-profiles/{grade}")
    @Operation(summary = "The generic grade profile of one grade")
    ApiViews.Profile gradeProfile(@PathVariable int grade) {
        var wanted = FieldProblem.grade("grade", grade);
        return catalogue
                .gradeProfile(wanted)
                .map(ApiViews.Profile::of)
                .orElseThrow(() -> new UnknownInCatalogue("grade", "there is no grade profile for " + wanted.label()));
    }

    @GetMapping("/statements")
    @Operation(summary = "The employer's standard statements appended to every role profile")
    List<StandardStatement> statements() {
        return catalogue.statements();
    }

    @GetMapping("/titles")
    @Operation(summary = "Job-title lookup: the example titles that match, best first; the nearest titles when none do")
    TitleLookupResult titles(@RequestParam String q) {
        if (q.isBlank()) {
            throw new FieldProblem("q", "give a job title to look up");
        }
        return catalogue.lookupTitle(q);
    }

    @GetMapping("/compare")
    @Operation(summary = "Two grades of a family side by side, with what is added and removed marked")
    ApiViews.Comparison compare(@RequestParam String family, @RequestParam int from, @RequestParam int to) {
        return ApiViews.Comparison.of(
                catalogue.compare(family, FieldProblem.grade("from", from), FieldProblem.grade("to", to)));
    }

    @GetMapping("/search")
    @Operation(summary = "Search all framework text; each hit says where it is and marks the words found")
    List<SearchHit> search(@RequestParam String q) {
        if (q.isBlank()) {
            throw new FieldProblem("q", "give words to search for");
        }
        return catalogue.search(q);
    }
}
