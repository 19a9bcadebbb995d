package org.rolebook.grading.web;

import org.rolebook.roleprofile.GradeAdvisor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The suggestion panel beside the role profile form, for the form as typed so far: htmx posts the
 * whole form here a moment after each change and puts the answer in the panel. A value the form
 * cannot hold (a grade that is not a number) counts as not given, so the panel never fails while
 * someone types. Without scripts the form's own "Suggest a grade" button shows the same panel.
 */
@Controller
class SuggestionPanel {

    private final GradeAdvisor advisor;

    SuggestionPanel(GradeAdvisor advisor) {
        this.advisor = advisor;
    }

    @PostMapping("/role-profiles/suggestion")
    String panel(@ModelAttribute("draft") DraftForm draft, BindingResult unreadable, Model model) {
        model.addAttribute("advice", advisor.advise(draft.content()));
        return "grading/update :: update";
    }
}
