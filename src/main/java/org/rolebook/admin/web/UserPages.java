package org.rolebook.admin.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FieldProblem;
import org.rolebook.roleprofile.Schools;
import org.rolebook.security.ApiTokens;
import org.rolebook.security.NewUser;
import org.rolebook.security.Role;
import org.rolebook.security.User;
import org.rolebook.security.Users;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Users, for HR admins (the security configuration lets nobody else reach {@code /users}): the
 * list, adding a user with a password made up and shown once, and one user's page with their role
 * and schools, enabling, disabling, unlocking, a new password, and their API tokens.
 */
@Controller
class UserPages {

    private final Users users;
    private final ApiTokens tokens;
    private final Schools schools;

    UserPages(Users users, ApiTokens tokens, Schools schools) {
        this.users = users;
        this.tokens = tokens;
        this.schools = schools;
    }

    @GetMapping("/users")
    String list(Model model) {
        Map<String, List<String>> schoolsOf = new LinkedHashMap<>();
        List<User> all = users.all();
        for (User user : all) {
            schoolsOf.put(user.username(), SchoolNames.of(schools, user.schoolIds()));
        }
        model.addAttribute("users", all);
        model.addAttribute("schoolsOf", schoolsOf);
        model.addAttribute("roles", Role.values());
        model.addAttribute("allSchools", schools.all());
        model.addAttribute("now", Instant.now());
        if (!model.containsAttribute("chosenSchools")) {
            model.addAttribute("chosenSchools", Set.of());
        }
        return "admin/users";
    }

    @PostMapping("/users")
    String add(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(required = false) @Nullable Role role,
            @RequestParam(name = "school", required = false) @Nullable List<Long> schools,
            Model model) {
        Set<Long> chosen = schools == null ? Set.of() : new TreeSet<>(schools);
        try {
            registered(chosen);
            String password = Users.madeUpPassword();
            var problems = NewUser.problems(username, password, role, chosen); // every field at fault at once
            if (!problems.isEmpty()) {
                throw FieldProblem.all(problems);
            }
            User user = users.add(new NewUser(username, password, role, chosen));
            model.addAttribute("password", password);
            return user(user.username(), model);
        } catch (FieldProblem problem) {
            model.addAttribute("error", problem.shown());
            model.addAttribute("username", org.rolebook.framework.ControlCharacters.shown(username));
            model.addAttribute("role", role);
            model.addAttribute("chosenSchools", chosen);
            return list(model);
        }
    }

    /** Every school chosen is registered; one that is not is named, and nothing changes. */
    private void registered(Set<Long> chosen) {
        Set<Long> known = new TreeSet<>();
        schools.all().forEach(school -> known.add(school.id()));
        chosen.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
            throw new FieldProblem("school", "no school with id " + id + " is registered");
        });
    }

    @GetMapping("/users/{username}")
    String user(@PathVariable String username, Model model) {
        User user = users.find(username);
        model.addAttribute("user", user);
        model.addAttribute("schools", SchoolNames.of(schools, user.schoolIds()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("allSchools", schools.all());
        model.addAttribute("tokens", tokens.of(username));
        model.addAttribute("now", Instant.now());
        return "admin/user";
    }

    @PostMapping("/users/{username}/role")
    String changeRole(
            @PathVariable String username,
            @RequestParam(required = false) @Nullable Role role,
            @RequestParam(name = "school", required = false) @Nullable List<Long> schools,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (role == null) {
                throw new FieldProblem("role", "Choose the user's role");
            }
            Set<Long> chosen = schools == null ? Set.of() : new TreeSet<>(schools);
            registered(chosen);
            users.changeRole(username, role, chosen);
            redirect.addFlashAttribute("done", "The role is changed; it applies from the user's next request.");
            return "redirect:/users/" + username;
        } catch (FieldProblem problem) {
            model.addAttribute("error", problem.shown());
            return user(username, model);
        }
    }

    @PostMapping("/users/{username}/disable")
    String disable(@PathVariable String username, Model model, RedirectAttributes redirect) {
        return step(
                username,
                () -> users.disable(username),
                "Disabled: the user can no longer sign in or use a token.",
                model,
                redirect);
    }

    @PostMapping("/users/{username}/enable")
    String enable(@PathVariable String username, Model model, RedirectAttributes redirect) {
        return step(username, () -> users.enable(username), "Enabled: the user can sign in again.", model, redirect);
    }

    @PostMapping("/users/{username}/unlock")
    String unlock(@PathVariable String username, Model model, RedirectAttributes redirect) {
        return step(username, () -> users.unlock(username), "Unlocked.", model, redirect);
    }

    @PostMapping("/users/{username}/password")
    String resetPassword(@PathVariable String username, Model model) {
        model.addAttribute("password", users.resetPassword(username));
        return user(username, model);
    }

    @PostMapping("/users/{username}/tokens/{id}/revoke")
    String revokeToken(@PathVariable String username, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id, username);
        redirect.addFlashAttribute("done", "The token is revoked: it no longer works.");
        return "redirect:/users/" + username;
    }

    private String step(String username, Runnable work, String done, Model model, RedirectAttributes redirect) {
        try {
            work.run();
            redirect.addFlashAttribute("done", done);
            return "redirect:/users/" + username;
        } catch (FieldProblem problem) {
            model.addAttribute("error", problem.shown());
            return user(username, model);
        }
    }
}
