package org.rolebook.web;

import org.rolebook.framework.FrameworkCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the framework in force, its families and grade profiles, lookup and search. */
@Controller
class HomePage {

    private final FrameworkCatalogue catalogue;

    HomePage(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("framework", catalogue.framework().orElse(null));
        model.addAttribute("families", catalogue.families());
        model.addAttribute("gradeProfiles", catalogue.gradeProfiles());
        return "home";
    }
}
