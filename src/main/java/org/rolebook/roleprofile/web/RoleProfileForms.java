package org.rolebook.roleprofile.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.roleprofile.ConcurrentEdit;
import org.rolebook.roleprofile.FieldError;
import org.rolebook.roleprofile.InvalidProfile;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.Schools;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Writing a role profile: the form for a new profile and for a new version of one. */
@Controller
class RoleProfileForms {

    private final RoleProfiles profiles;
    private final Schools schools;
    private final FrameworkCatalogue catalogue;

    RoleProfileForms(RoleProfiles profiles, Schools schools, FrameworkCatalogue catalogue) {
        this.profiles = profiles;
        this.schools = schools;
        this.catalogue = catalogue;
    }

    @GetMapping("/role-profiles/new")
    String newProfile(@RequestParam(required = false) @Nullable Long school, Model model) {
        ProfileForm form = new ProfileForm();
        form.setSchoolId(school);
        catalogue.families().stream().findFirst().ifPresent(family -> form.setFamilySlug(family.slug()));
        return show(form, null, List.of(), model);
    }

    @PostMapping("/role-profiles")
    String create(
            @ModelAttribute("form") ProfileForm form,
            @RequestParam(name = "list", required = false) @Nullable String listAction,
            Model model) {
        if (listAction != null) {
            form.apply(listAction);
            return show(form, null, List.of(), model);
        }
        try {
            if (form.getSchoolId() == null) {
                List<FieldError> errors = new ArrayList<>();
                errors.add(new FieldError("schoolId", "Choose the school"));
                errors.addAll(profiles.problems(form.content())); // every field at fault at once
                return show(form, null, errors, model);
            }
            Access.mayEdit(form.getSchoolId());
            RoleProfile created = profiles.create(form.getSchoolId(), form.content(), Access.actor());
            return "redirect:/role-profiles/" + created.id();
        } catch (InvalidProfile invalid) {
            return show(form, null, invalid.errors(), model);
        }
    }

    @GetMapping("/role-profiles/{id}/edit")
    String edit(
            @PathVariable long id,
            Model model,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        RoleProfile profile = Access.visible(profiles, id);
        Access.mayEdit(profile.school().id());
        if (!profile.status().editable()) {
            // a form that could not be saved is not offered: the profile says why
            redirect.addFlashAttribute("notice", notEditable(profile));
            return "redirect:/role-profiles/" + id;
        }
        return show(ProfileForm.of(profile), profile, List.of(), model);
    }

    static String notEditable(RoleProfile profile) {
        return switch (profile.status()) {
            case SUBMITTED -> "A submitted role profile cannot be edited: an evaluator approves or returns it first.";
            default ->
                "A role profile that is " + profile.status().label().toLowerCase(java.util.Locale.ROOT)
                        + " cannot be edited.";
        };
    }

    @PostMapping("/role-profiles/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") ProfileForm form,
            @RequestParam(name = "list", required = false) @Nullable String listAction,
            Model model) {
        RoleProfile profile = Access.visible(profiles, id);
        Access.mayEdit(profile.school().id());
        if (form.getSchoolId() != null && form.getSchoolId() != profile.school().id()) {
            throw new org.rolebook.framework.FieldProblem(
                    "schoolId", "a role profile stays with its school; nothing was saved");
        }
        if (listAction != null) {
            form.apply(listAction);
            return show(form, profile, List.of(), model);
        }
        try {
            profiles.update(id, form.getLockVersion(), form.content(), Access.actor());
            return "redirect:/role-profiles/" + id;
        } catch (InvalidProfile invalid) {
            return show(form, profile, invalid.errors(), model);
        } catch (org.rolebook.roleprofile.WorkflowRefused refused) {
            // its state changed since the form was opened (submitted meanwhile): what was typed stays
            RoleProfile now = Access.visible(profiles, id);
            return show(
                    form,
                    now,
                    List.of(new FieldError(
                            "status", notEditable(now) + " Nothing was saved; what you typed is below.")),
                    model);
        } catch (ConcurrentEdit conflict) {
            model.addAttribute("conflict", conflict);
            form.setLockVersion(conflict.stored().lockVersion());
            return show(form, conflict.stored(), List.of(), model);
        }
    }

    private String show(ProfileForm form, @Nullable RoleProfile profile, List<FieldError> errors, Model model) {
        if (!errors.isEmpty()) {
            errors = shownAgain(form, errors);
        }
        model.addAttribute("form", form);
        model.addAttribute("profile", profile);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", byField(errors));
        model.addAttribute("advice", profiles.advice(form.content()).orElse(null));
        var user = Access.user();
        model.addAttribute(
                "schools",
                schools.all().stream().filter(s -> user.editsSchool(s.id())).toList());
        model.addAttribute("families", catalogue.families());
        return "roleprofile/form";
    }

    /**
     * A form shown again shows a refused control character as U+FFFD, and the message of its field
     * says so: the character itself would be invisible, and sent back it would only be refused again.
     */
    private static List<FieldError> shownAgain(ProfileForm form, List<FieldError> errors) {
        var had = form.showControlCharacters();
        return errors.stream()
                .map(error -> had.contains(error.field()) && error.message().contains("control character")
                        ? new FieldError(error.field(), error.message() + " (it is shown as \uFFFD in the field)")
                        : error)
                .toList();
    }

    /** The messages of each field at fault, in the order of the errors. */
    static Map<String, List<String>> byField(List<FieldError> errors) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        errors.forEach(error ->
                byField.computeIfAbsent(error.field(), f -> new ArrayList<>()).add(error.message()));
        return byField;
    }
}
