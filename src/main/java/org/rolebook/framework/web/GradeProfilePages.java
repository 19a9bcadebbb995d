package org.rolebook.framework.web;

import org.rolebook.framework.FieldProblem;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.Grade;
import org.rolebook.framework.UnknownInCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The generic grade profiles and the employer's standard statements. */
@Controller
class GradeProfilePages {

    private final FrameworkCatalogue catalogue;

    GradeProfilePages(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/grade-profiles/{grade}")
    String gradeProfile(@PathVariable int grade, Model model) {
        Grade wanted = FieldProblem.grade("grade", grade);
        model.addAttribute(
                "profile",
                catalogue
                        .gradeProfile(wanted)
                        .orElseThrow(() ->
                                new UnknownInCatalogue("grade", "there is no grade profile for " + wanted.label())));
        model.addAttribute("families", catalogue.families());
        return "framework/grade-profile";
    }

    @GetMapping("/statements")
    String statements(Model model) {
        model.addAttribute("statements", catalogue.statements());
        model.addAttribute("framework", catalogue.framework().orElse(null));
        return "framework/statements";
    }
}
