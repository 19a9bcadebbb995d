package org.rolebook.grading.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rolebook.grading.SuggestedGrades;
import org.rolebook.matching.Suggestion;
import org.rolebook.roleprofile.RoleProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The suggested grade of a stored role profile, for whoever may read the profile. */
@RestController
@Tag(name = "Grade suggestion")
class ProfileSuggestionApi {

    private final RoleProfiles profiles;
    private final SuggestedGrades grades;

    ProfileSuggestionApi(RoleProfiles profiles, SuggestedGrades grades) {
        this.profiles = profiles;
        this.grades = grades;
    }

    @GetMapping(path = "/api/role-profiles/{id}/suggestion", produces = "application/json")
    @Operation(
            summary = "The suggested grade of a stored role profile's current version",
            description = "As POST /api/suggestions answers; a profile the caller may not read is not found")
    Suggestion suggestion(@PathVariable long id) {
        return grades.suggest(profiles.getVisible(id).content());
    }
}
