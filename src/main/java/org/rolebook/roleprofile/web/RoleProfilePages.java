package org.rolebook.roleprofile.web;

import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.Grade;
import org.rolebook.roleprofile.ProfileDiff;
import org.rolebook.roleprofile.ProfileQuery;
import org.rolebook.roleprofile.ProfileSort;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfiles;
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

    private final RoleProfiles profiles;
    private final FrameworkCatalogue catalogue;

    RoleProfilePages(RoleProfiles profiles, FrameworkCatalogue catalogue) {
        this.profiles = profiles;
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
        model.addAttribute("query", query);
        model.addAttribute("result", profiles.list(query));
        model.addAttribute("schools", profiles.schools());
        model.addAttribute("families", catalogue.families());
        model.addAttribute("statuses", Status.values());
        model.addAttribute("sorts", ProfileSort.values());
        return "roleprofile/list";
    }

    @GetMapping("/role-profiles/{id}")
    String view(@PathVariable long id, Model model) {
        RoleProfile profile = Access.visible(profiles.get(id));
        model.addAttribute("profile", profile);
        model.addAttribute("user", Access.user());
        model.addAttribute(
                "family", catalogue.family(profile.content().familySlug()).orElse(null));
        model.addAttribute(
                "gradeProfile",
                catalogue.gradeProfile(Grade.of(profile.content().grade())).orElse(null));
        model.addAttribute("history", profiles.history(id));
        model.addAttribute("versions", profiles.versions(id));
        model.addAttribute("problems", profile.content().problems());
        return "roleprofile/view";
    }

    @PostMapping("/role-profiles/{id}/workflow")
    String workflow(
            @PathVariable long id,
            @RequestParam String action,
            @RequestParam int lockVersion,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        RoleProfile profile = Access.visible(profiles.get(id));
        RoleProfile after = Workflow.step(profiles, profile, action, lockVersion, comment);
        redirect.addFlashAttribute(
                "done", "The role profile is now " + after.status().label().toLowerCase(java.util.Locale.ROOT) + ".");
        return "redirect:/role-profiles/" + id;
    }

    @GetMapping("/role-profiles/{id}/versions/{from}/diff/{to}")
    String diff(@PathVariable long id, @PathVariable int from, @PathVariable int to, Model model) {
        model.addAttribute("profile", Access.visible(profiles.get(id)));
        model.addAttribute("diff", ProfileDiff.of(profiles.versions(id), from, to));
        return "roleprofile/diff";
    }
}
