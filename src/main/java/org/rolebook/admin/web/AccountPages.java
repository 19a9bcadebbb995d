package org.rolebook.admin.web;

import java.time.Instant;
import org.rolebook.framework.FieldProblem;
import org.rolebook.roleprofile.Schools;
import org.rolebook.security.ApiTokens;
import org.rolebook.security.CurrentUser;
import org.rolebook.security.NewToken;
import org.rolebook.security.User;
import org.rolebook.security.Users;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: who they are, changing their password, their API tokens. */
@Controller
class AccountPages {

    private final Users users;
    private final ApiTokens tokens;
    private final Schools schools;

    AccountPages(Users users, ApiTokens tokens, Schools schools) {
        this.users = users;
        this.tokens = tokens;
        this.schools = schools;
    }

    @GetMapping("/account")
    String account(Model model) {
        User user = users.find(me());
        model.addAttribute("user", user);
        model.addAttribute("schools", SchoolNames.of(schools, user.schoolIds()));
        model.addAttribute("tokens", tokens.of(user.username()));
        model.addAttribute("now", Instant.now());
        model.addAttribute("defaultDays", ApiTokens.DEFAULT_DAYS);
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        return "admin/account";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirm,
            Model model,
            RedirectAttributes redirect) {
        try {
            users.changePassword(me(), current, password, confirm);
            redirect.addFlashAttribute("done", "Your password is changed.");
            return "redirect:/account";
        } catch (FieldProblem problem) {
            model.addAttribute("error", problem.shown());
            return account(model);
        }
    }

    @PostMapping("/account/tokens")
    String createToken(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "" + ApiTokens.DEFAULT_DAYS) String days,
            Model model) {
        try {
            // every field at fault at once: a lifetime that is not a number, and the name
            java.util.List<FieldProblem.Detail> problems = new java.util.ArrayList<>();
            Integer lasting = null;
            try {
                lasting = parseDays(days);
            } catch (FieldProblem notANumber) {
                problems.addAll(notANumber.details());
            }
            problems.addAll(ApiTokens.problems(name, lasting));
            if (!problems.isEmpty()) {
                throw FieldProblem.all(problems);
            }
            NewToken made = tokens.create(me(), name, lasting);
            model.addAttribute("made", made);
        } catch (FieldProblem problem) {
            model.addAttribute("error", problem.shown());
            model.addAttribute("tokenName", org.rolebook.framework.ControlCharacters.shown(name));
            model.addAttribute("days", org.rolebook.framework.ControlCharacters.shown(days));
        }
        return account(model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id, me());
        redirect.addFlashAttribute("done", "The token is revoked: it no longer works.");
        return "redirect:/account";
    }

    static int parseDays(String days) {
        if (days.strip().matches("-?\\d{10,}")) {
            throw new FieldProblem(
                    "days",
                    "A token lasts from 1 to " + org.rolebook.security.ApiTokens.MAX_DAYS + " days, not "
                            + days.strip());
        }
        try {
            return Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw new FieldProblem("days", "Give the number of days as a whole number, not \"" + days.strip() + "\"");
        }
    }

    private static String me() {
        CurrentUser user = CurrentUser.now();
        if (user == null) {
            throw new IllegalStateException("the account pages need a signed-in user");
        }
        return user.username();
    }
}
