package org.rolebook.roleprofile.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.Grade;
import org.rolebook.framework.JobFamily;
import org.rolebook.roleprofile.FieldError;
import org.rolebook.roleprofile.InvalidProfile;
import org.rolebook.roleprofile.ProfileDiff;
import org.rolebook.roleprofile.ProfileQuery;
import org.rolebook.roleprofile.ProfileSort;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.Schools;
import org.rolebook.roleprofile.Status;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Finding and reading role profiles, and their workflow. */
@Controller
class RoleProfilePages {

    private static final java.util.Set<String> TYPED_WITH_A_STEP = java.util.Set.of("comment", "rationale", "grade");

    private final RoleProfiles profiles;
    private final Schools schools;
    private final FrameworkCatalogue catalogue;

    RoleProfilePages(RoleProfiles profiles, Schools schools, FrameworkCatalogue catalogue) {
        this.profiles = profiles;
        this.schools = schools;
        this.catalogue = catalogue;
    }

    @GetMapping("/role-profiles")
    String list(
            @RequestParam(required = false) @Nullable Long school,
            @RequestParam(required = false) @Nullable String family,
            @RequestParam(required = false) @Nullable Integer grade,
            @RequestParam(required = false) @Nullable Status status,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "TITLE") ProfileSort sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ProfileQuery query =
                new ProfileQuery(school, family, grade, status, q, sort, page, 25).visibleTo(Access.visibility());
        var result = profiles.list(query);
        if (result.profiles().isEmpty() && result.total() > 0) {
            // a page past the last (a link kept while profiles were archived): the last page there is
            query = new ProfileQuery(school, family, grade, status, q, sort, result.pages() - 1, 25)
                    .visibleTo(Access.visibility());
            result = profiles.list(query);
        }
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        model.addAttribute("schools", schools.all());
        model.addAttribute("families", catalogue.families());
        model.addAttribute("statuses", Status.values());
        model.addAttribute("sorts", ProfileSort.values());
        return "roleprofile/list";
    }

    @GetMapping("/role-profiles/{id}")
    String view(@PathVariable long id, Model model) {
        return show(Access.visible(profiles, id), List.of(), "", "", "", model);
    }

    /**
     * A workflow step. A step refused for what was typed with it (a return without a comment, an
     * approval against the suggested or stated grade without a rationale, a grade that is not one)
     * shows the profile again with the error beside the field and what was typed and chosen kept.
     */
    @PostMapping("/role-profiles/{id}/workflow")
    String workflow(
            @PathVariable long id,
            @RequestParam String action,
            @RequestParam int lockVersion,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam(defaultValue = "") String rationale,
            @RequestParam(defaultValue = "") String grade,
            Model model,
            RedirectAttributes redirect) {
        RoleProfile profile = Access.visible(profiles, id);
        RoleProfile after;
        try {
            after = Workflow.step(profiles, profile, action, lockVersion, comment, rationale, grade);
        } catch (InvalidProfile refused) {
            if (!refused.errors().stream().allMatch(error -> typedWith(action, error.field()))) {
                throw refused;
            }
            return show(profile, refused.errors(), comment, rationale, grade, model);
        } catch (org.rolebook.roleprofile.ConcurrentEdit | org.rolebook.roleprofile.WorkflowRefused changed) {
            // someone else moved it on meanwhile: the profile as it is now, with what was typed kept
            RoleProfile now = Access.visible(profiles, id);
            String message = "Someone else changed this role profile after you opened it: it is now "
                    + now.status().label().toLowerCase(java.util.Locale.ROOT) + " (version " + now.currentVersion()
                    + "). Nothing was done; what you typed is below.";
            return show(now, List.of(new FieldError("workflow", message)), comment, rationale, grade, model);
        }
        String now = after.status().label().toLowerCase(java.util.Locale.ROOT);
        redirect.addFlashAttribute(
                "done",
                action.equals("approve")
                        ? "The role profile is now " + now + " at Grade "
                                + after.content().grade() + "."
                        : "The role profile is now " + now + ".");
        return "redirect:/role-profiles/" + id;
    }

    /** Whether the field is one the page lets the user type or choose with this step. */
    private static boolean typedWith(String action, String field) {
        return TYPED_WITH_A_STEP.contains(field) && (action.equals("approve") || !field.equals("grade"));
    }

    private String show(
            RoleProfile profile, List<FieldError> errors, String comment, String rationale, String grade, Model model) {
        long id = profile.id();
        model.addAttribute("profile", profile);
        model.addAttribute("user", Access.user());
        JobFamily family = catalogue.family(profile.content().familySlug()).orElse(null);
        model.addAttribute("family", family);
        model.addAttribute(
                "gradeProfile",
                catalogue.gradeProfile(Grade.of(profile.content().grade())).orElse(null));
        boolean work = Access.seesWork(profile);
        model.addAttribute("seesWork", work);
        model.addAttribute("history", work ? profiles.history(id) : List.of());
        model.addAttribute("versions", work ? profiles.versions(id) : List.of());
        model.addAttribute("problems", profile.content().problems());
        model.addAttribute("advice", profiles.advice(profile.content()).orElse(null));
        List<org.rolebook.roleprofile.GradeDecision> decisions = profiles.decisions(id);
        model.addAttribute("decisions", decisions);
        // the panel's decision that set the grade the profile now states: the stated grade is then the panel's,
        // and differing from the suggestion is what the panel decided, with its reason, not a contradiction
        model.addAttribute(
                "decided",
                decisions.stream()
                        .filter(d -> d.version() == profile.currentVersion()
                                && d.decidedGrade().number()
                                        == profile.content().grade()
                                && d.decidedFamily().equals(profile.content().familySlug()))
                        .reduce((first, later) -> later)
                        .orElse(null));
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", RoleProfileForms.byField(errors));
        model.addAttribute("comment", comment);
        model.addAttribute("rationale", rationale);
        // the steps this reader may take now, and so the fields the workflow form shows
        var user = Access.user();
        Status status = profile.status();
        boolean submits = (status == Status.DRAFT || status == Status.RETURNED)
                && user.editsSchool(profile.school().id());
        boolean decides = status == Status.SUBMITTED && user.decides();
        boolean archives = status != Status.SUBMITTED
                && status != Status.ARCHIVED
                && user.role() == org.rolebook.security.Role.HR_ADMIN;
        model.addAttribute("submits", submits);
        model.addAttribute("decides", decides);
        model.addAttribute("archives", archives);
        // what was typed that no field of the page shows now (a rationale once the profile was returned)
        List<String> unsaved = new java.util.ArrayList<>();
        if (!comment.isBlank() && !(submits || decides || archives)) {
            unsaved.add("Comment: " + comment);
        }
        if (!rationale.isBlank() && !decides) {
            unsaved.add("Rationale: " + rationale);
        }
        model.addAttribute("unsaved", unsaved);
        model.addAttribute(
                "chosenGrade",
                Grade.parse(grade)
                        .filter(chosen -> family != null && family.level(chosen).isPresent())
                        .map(Grade::number)
                        .orElse(profile.content().grade()));
        return "roleprofile/view";
    }

    @GetMapping("/role-profiles/{id}/versions/{from}/diff/{to}")
    String diff(@PathVariable long id, @PathVariable int from, @PathVariable int to, Model model) {
        model.addAttribute("profile", Access.work(profiles, id));
        model.addAttribute(
                "diff",
                ProfileDiff.of(
                        profiles.versions(id),
                        from,
                        to,
                        slug -> catalogue.family(slug).map(JobFamily::name).orElse(slug)));
        return "roleprofile/diff";
    }
}
