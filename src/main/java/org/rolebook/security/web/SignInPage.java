package org.rolebook.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form it posts. */
@Controller
class SignInPage {

    @GetMapping("/sign-in")
    String signIn() {
        return "security/sign-in";
    }
}
