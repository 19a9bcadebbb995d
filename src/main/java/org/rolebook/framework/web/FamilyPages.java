package org.rolebook.framework.web;

import org.rolebook.framework.FamilyLevel;
import org.rolebook.framework.FieldProblem;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.Grade;
import org.rolebook.framework.JobFamily;
import org.rolebook.framework.UnknownInCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The family matrix and the page of one level. */
@Controller
class FamilyPages {

    private final FrameworkCatalogue catalogue;

    FamilyPages(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/families/{slug}")
    String matrix(@PathVariable String slug, Model model) {
        model.addAttribute("family", family(catalogue, slug));
        model.addAttribute("framework", catalogue.framework().orElse(null));
        return "framework/matrix";
    }

    @GetMapping("/families/{slug}/grades/{grade}")
    String level(@PathVariable String slug, @PathVariable int grade, Model model) {
        JobFamily family = family(catalogue, slug);
        Grade wanted = FieldProblem.grade("grade", grade);
        FamilyLevel level = family.level(wanted)
                .orElseThrow(() -> new UnknownInCatalogue("grade", family.name() + " has no " + wanted.label()));
        int index = family.levels().indexOf(level);
        model.addAttribute("family", family);
        model.addAttribute("level", level);
        model.addAttribute("previous", index > 0 ? family.levels().get(index - 1) : null);
        model.addAttribute(
                "next", index + 1 < family.levels().size() ? family.levels().get(index + 1) : null);
        model.addAttribute("gradeProfile", catalogue.gradeProfile(wanted).orElse(null));
        return "framework/level";
    }

    static JobFamily family(FrameworkCatalogue catalogue, String slug) {
        return catalogue
                .family(slug)
                .orElseThrow(() -> new UnknownInCatalogue("family", "no job family \"" + slug + "\""));
    }
}
