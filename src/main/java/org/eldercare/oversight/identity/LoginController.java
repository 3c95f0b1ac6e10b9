package org.eldercare.oversight.identity;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final SecurityPolicyStore policies;

    LoginController(SecurityPolicyStore policies) {
        this.policies = policies;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object error = session.getAttribute(LoginHandlers.ERROR_ATTRIBUTE);
        if (error != null) {
            model.addAttribute("loginError", error);
            session.removeAttribute(LoginHandlers.ERROR_ATTRIBUTE);
        }
        model.addAttribute("policy", policies.current());
        return "identity/login";
    }
}
