package org.rolebook.roleprofile.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.roleprofile.NewSchool;
import org.rolebook.roleprofile.Phase;
import org.rolebook.roleprofile.ProfileQuery;
import org.rolebook.roleprofile.ProfileSort;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.School;
import org.rolebook.roleprofile.Schools;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Schools: the list, registering one, and a school's posts by grade. */
@Controller
class SchoolPages {

    private final RoleProfiles profiles;
    private final Schools schools;

    SchoolPages(RoleProfiles profiles, Schools schools) {
        this.profiles = profiles;
        this.schools = schools;
    }

    @GetMapping("/schools")
    String schools(Model model) {
        model.addAttribute("schools", schools.all());
        model.addAttribute("phases", Phase.values());
        return "roleprofile/schools";
    }

    @PostMapping("/schools")
    String add(
            @RequestParam(defaultValue = "") String urn,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @Nullable Phase phase,
            @RequestParam(required = false) @Nullable Integer pupils,
            Model model) {
        try {
            School school = schools.add(NewSchool.of(urn, name, phase, pupils));
            return "redirect:/schools/" + school.id();
        } catch (FieldProblem problem) {
            model.addAttribute("error", problem.shown());
            model.addAttribute("urn", org.rolebook.framework.ControlCharacters.shown(urn));
            model.addAttribute("name", org.rolebook.framework.ControlCharacters.shown(name));
            model.addAttribute("pupils", pupils);
            model.addAttribute("phase", phase);
            return schools(model);
        }
    }

    @GetMapping("/schools/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        School school = schools.get(id);
        model.addAttribute("school", school);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("urn", school.urn());
        model.addAttribute("name", school.name());
        model.addAttribute("phase", school.phase());
        model.addAttribute("pupils", school.pupils());
        return "roleprofile/school-edit";
    }

    @PostMapping("/schools/{id}")
    String change(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String urn,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @Nullable Phase phase,
            @RequestParam(required = false) @Nullable Integer pupils,
            Model model) {
        School school = schools.get(id);
        try {
            schools.change(id, NewSchool.of(urn, name, phase, pupils));
            return "redirect:/schools/" + id;
        } catch (FieldProblem problem) {
            model.addAttribute("error", problem.shown());
            model.addAttribute("school", school);
            model.addAttribute("phases", Phase.values());
            model.addAttribute("urn", org.rolebook.framework.ControlCharacters.shown(urn));
            model.addAttribute("name", org.rolebook.framework.ControlCharacters.shown(name));
            model.addAttribute("phase", phase);
            model.addAttribute("pupils", pupils);
            return "roleprofile/school-edit";
        }
    }

    @GetMapping("/schools/{id}")
    String school(@PathVariable long id, Model model) {
        School school = schools.get(id);
        List<RoleProfile> posts = profiles.list(
                        new ProfileQuery(id, null, null, null, null, ProfileSort.TITLE, 0, ProfileQuery.MAX_SIZE)
                                .visibleTo(Access.visibility()))
                .profiles();
        Map<Integer, List<RoleProfile>> byGrade = new TreeMap<>(Comparator.reverseOrder());
        List<RoleProfile> notYetGraded = new java.util.ArrayList<>();
        Map<Long, Integer> proposed = new java.util.HashMap<>();
        for (RoleProfile post : posts) {
            Integer approved = profiles.approvedGrade(post);
            if (approved == null) {
                notYetGraded.add(post);
                continue;
            }
            byGrade.computeIfAbsent(approved, grade -> new java.util.ArrayList<>())
                    .add(post);
            if (post.content().grade() != approved) {
                proposed.put(post.id(), post.content().grade());
            }
        }
        model.addAttribute("notYetGraded", notYetGraded);
        model.addAttribute("proposed", proposed);
        model.addAttribute("school", school);
        model.addAttribute("writesHere", Access.user().editsSchool(id));
        model.addAttribute("byGrade", byGrade);
        model.addAttribute("count", posts.size());
        return "roleprofile/school";
    }
}
