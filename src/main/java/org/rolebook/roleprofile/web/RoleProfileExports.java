package org.rolebook.roleprofile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.roleprofile.ProfilePage;
import org.rolebook.roleprofile.ProfileQuery;
import org.rolebook.roleprofile.ProfileSort;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.Schools;
import org.rolebook.roleprofile.Status;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every role profile matching the filters, as the reader may see it, as CSV and as JSON. */
@RestController
@RequestMapping(path = "/api/role-profiles", produces = "application/json")
@Tag(name = "Role profiles")
class RoleProfileExports {

    private final RoleProfiles profiles;
    private final Schools schools;

    RoleProfileExports(RoleProfiles profiles, Schools schools) {
        this.profiles = profiles;
        this.schools = schools;
    }

    @GetMapping(path = "/export.csv", produces = "text/csv")
    @Operation(summary = "Every role profile matching the filters as CSV (the header role profile CSV imports read)")
    ResponseEntity<String> exportCsv(
            @RequestParam(required = false) @Nullable Long school,
            @RequestParam(required = false) @Nullable String family,
            @RequestParam(required = false) @Nullable Integer grade,
            @RequestParam(required = false) @Nullable Status status,
            @RequestParam(required = false) @Nullable String q) {
        java.io.StringWriter csv = new java.io.StringWriter();
        // a byte order mark, so that a spreadsheet opens the file as UTF-8 ("–", "£", "ë" as written);
        // an import of the file reads past it
        csv.write('\uFEFF');
        org.rolebook.roleprofile.ProfileCsv.write(
                csv, matching(school, family, grade, status, q), profiles::approvedGrade);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"role-profiles.csv\"")
                .contentType(
                        new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    /** A profile as the JSON export gives it: its fields, and the grade approved (for a post being revised, the grade in force). */
    record Exported(
            @com.fasterxml.jackson.annotation.JsonUnwrapped RoleProfile profile,
            @Nullable Integer approvedGrade) {}

    @GetMapping(path = "/export.json")
    @Operation(summary = "Every role profile matching the filters as JSON, each with the grade approved")
    ResponseEntity<List<Exported>> exportJson(
            @RequestParam(required = false) @Nullable Long school,
            @RequestParam(required = false) @Nullable String family,
            @RequestParam(required = false) @Nullable Integer grade,
            @RequestParam(required = false) @Nullable Status status,
            @RequestParam(required = false) @Nullable String q) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"role-profiles.json\"")
                .body(matching(school, family, grade, status, q).stream()
                        .map(profile -> new Exported(profile, profiles.approvedGrade(profile)))
                        .toList());
    }

    /** Every profile the filters match, by school, as the reader may see it. */
    private List<RoleProfile> matching(
            @Nullable Long school,
            @Nullable String family,
            @Nullable Integer grade,
            @Nullable Status status,
            @Nullable String q) {
        return all(new ProfileQuery(
                        SchoolFilter.checked(schools, school),
                        family,
                        grade,
                        status,
                        q,
                        ProfileSort.SCHOOL,
                        0,
                        ProfileQuery.MAX_SIZE)
                .visibleTo(Access.visibility()));
    }

    /** Every page of the query, in order. */
    private List<RoleProfile> all(ProfileQuery first) {
        List<RoleProfile> all = new java.util.ArrayList<>();
        ProfilePage page = profiles.list(first);
        all.addAll(page.profiles());
        for (int next = 1; next < page.pages(); next++) {
            // the next page of the same query, the reader's visibility with it
            all.addAll(profiles.list(first.page(next)).profiles());
        }
        return all;
    }
}
