package org.rolebook.roleprofile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.roleprofile.GradeDecision;
import org.rolebook.roleprofile.ProfileDiff;
import org.rolebook.roleprofile.ProfilePage;
import org.rolebook.roleprofile.ProfileQuery;
import org.rolebook.roleprofile.ProfileSort;
import org.rolebook.roleprofile.ProfileVersion;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.Status;
import org.rolebook.roleprofile.WorkflowEvent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Role profiles as JSON. A profile's ETag is its lock version: an update or workflow action must
 * send it back in If-Match, and a stale one is refused with 412, so no save is ever lost.
 */
@RestController
@RequestMapping(path = "/api/role-profiles", produces = "application/json")
@Tag(name = "Role profiles", description = "Create, read, update (with If-Match), list, versions and workflow")
class RoleProfileApi {

    private final RoleProfiles profiles;
    private final org.rolebook.roleprofile.Schools schools;

    RoleProfileApi(RoleProfiles profiles, org.rolebook.roleprofile.Schools schools) {
        this.profiles = profiles;
        this.schools = schools;
    }

    @GetMapping
    @Operation(summary = "List role profiles, filtered by school, family, grade, status and text, sorted and paged")
    ProfilePage list(
            @RequestParam(required = false) @Nullable Long school,
            @RequestParam(required = false) @Nullable String family,
            @RequestParam(required = false) @Nullable Integer grade,
            @RequestParam(required = false) @Nullable Status status,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "TITLE") ProfileSort sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return profiles.list(
                new ProfileQuery(SchoolFilter.checked(schools, school), family, grade, status, q, sort, page, size)
                        .visibleTo(Access.visibility()));
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Create a draft role profile for a school")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "201",
            description = "Created; Location names the new profile and the ETag is its lock version")
    ResponseEntity<RoleProfile> create(@RequestBody ProfileRequest request) {
        Access.mayEdit(request.school());
        RoleProfile created = profiles.create(request.school(), request.content(), Access.actor());
        return ResponseEntity.created(URI.create("/api/role-profiles/" + created.id()))
                .eTag(etag(created))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One role profile at its current version; the ETag is what If-Match must send back")
    ResponseEntity<RoleProfile> get(@PathVariable long id) {
        RoleProfile profile = Access.visible(profiles, id);
        return ResponseEntity.ok().eTag(etag(profile)).body(profile);
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(summary = "Save a new version; If-Match must carry the ETag read, a stale one gets 412")
    ResponseEntity<RoleProfile> update(
            @PathVariable long id,
            @io.swagger.v3.oas.annotations.Parameter(
                            required = true,
                            description = "the ETag read; without it the answer is 428, with a stale one 412")
                    @RequestHeader(name = "If-Match", required = false)
                    @Nullable
                    String ifMatch,
            @RequestBody ProfileRequest request) {
        RoleProfile stored = Access.visible(profiles, id);
        Access.mayEdit(stored.school().id());
        if (request.schoolId() != null && request.schoolId() != stored.school().id()) {
            throw new FieldProblem(
                    "schoolId",
                    "a role profile stays with its school (%d, %s); create the post at the other school instead"
                            .formatted(stored.school().id(), stored.school().name()));
        }
        int lock = matching(id, ifMatch);
        RoleProfile saved = profiles.update(id, lock, request.content(), Access.actor());
        return ResponseEntity.ok().eTag(etag(saved)).body(saved);
    }

    @PostMapping("/{id}/{action:submit|approve|return|archive}")
    @Operation(
            summary = "A workflow step: submit, approve (at the stated or another grade), return or archive; If-Match"
                    + " required",
            description = "The body may carry a comment. Approve also takes a grade (a number, or text such as"
                    + " \"6\"; without one, the grade the profile states) and a rationale. Another grade of the"
                    + " profile's family is saved as a new version with only the grade changed, and that version is"
                    + " approved; a grade the family does not have is refused naming \"grade\". The rationale is"
                    + " required when the grade approved differs from the stated grade or from the suggested grade,"
                    + " or when nothing was suggested (refused naming \"rationale\" without one). Nothing changes"
                    + " when a step is refused.")
    ResponseEntity<RoleProfile> act(
            @PathVariable long id,
            @PathVariable String action,
            @io.swagger.v3.oas.annotations.Parameter(
                            required = true,
                            description = "the ETag read; without it the answer is 428, with a stale one 412")
                    @RequestHeader(name = "If-Match", required = false)
                    @Nullable
                    String ifMatch,
            @RequestBody(required = false) @Nullable Map<String, @Nullable Object> body) {
        RoleProfile profile = Access.visible(profiles, id);
        int lock = matching(id, ifMatch);
        if (body != null) {
            body.keySet().stream()
                    .filter(key -> !STEP_FIELDS.contains(key))
                    .findFirst()
                    .ifPresent(key -> {
                        throw new FieldProblem(
                                key, "is not a field of a workflow step; its fields are comment, grade, rationale");
                    });
            if (!action.equals("approve") && body.get("grade") != null) {
                throw new FieldProblem(
                        "grade", "only an approval takes a grade; to change the grade, edit the profile");
            }
        }
        RoleProfile after = Workflow.step(
                profiles, profile, action, lock, text(body, "comment"), text(body, "rationale"), text(body, "grade"));
        return ResponseEntity.ok().eTag(etag(after)).body(after);
    }

    private static final java.util.Set<String> STEP_FIELDS = java.util.Set.of("comment", "grade", "rationale");

    /** A field of a workflow step's body as text: a string, or a number such as a grade; "" when absent. */
    private static String text(@Nullable Map<String, @Nullable Object> body, String field) {
        Object value = body == null ? null : body.get(field);
        if (value == null) {
            return "";
        }
        if (value instanceof String || value instanceof Number) {
            return value.toString();
        }
        throw new FieldProblem(field, "give " + field + " as text" + (field.equals("grade") ? " or a number" : ""));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every saved version of a role profile")
    List<ProfileVersion> versions(@PathVariable long id) {
        Access.work(profiles, id);
        return profiles.versions(id);
    }

    @GetMapping("/{id}/versions/{from}/diff/{to}")
    @Operation(summary = "Two versions compared field by field, words added and removed marked")
    ProfileDiff diff(@PathVariable long id, @PathVariable int from, @PathVariable int to) {
        Access.work(profiles, id);
        return ProfileDiff.of(profiles.versions(id), from, to);
    }

    @GetMapping("/{id}/decisions")
    @Operation(summary = "The grade decisions: per approved version, the suggested grade, the grade approved and why")
    List<GradeDecision> decisions(@PathVariable long id) {
        Access.visible(profiles, id);
        return profiles.decisions(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The workflow history: who did what, when, with what comment")
    List<WorkflowEvent> history(@PathVariable long id) {
        Access.work(profiles, id);
        return profiles.history(id);
    }

    private int matching(long id, @Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionProblem(HttpStatus.PRECONDITION_REQUIRED, "send If-Match with the ETag you read");
        }
        int current = profiles.get(id).lockVersion();
        String wanted = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!wanted.matches("\\d{1,9}")) {
            throw new FieldProblem(
                    "If-Match",
                    "\"%s\" is not an ETag of a role profile; send the ETag you read, such as \"%d\""
                            .formatted(ifMatch.strip(), current));
        }
        if (!wanted.equals(String.valueOf(current))) {
            throw new PreconditionProblem(
                    HttpStatus.PRECONDITION_FAILED,
                    "the role profile changed since you read it (now ETag \"%d\"); read it again".formatted(current));
        }
        return current;
    }

    private static String etag(RoleProfile profile) {
        return "\"" + profile.lockVersion() + "\"";
    }

    /** A missing or stale If-Match. */
    static final class PreconditionProblem extends FieldProblem {
        private final HttpStatus status;

        PreconditionProblem(HttpStatus status, String message) {
            super("If-Match", message);
            this.status = status;
        }

        @Override
        public int status() {
            return status.value();
        }
    }
}
