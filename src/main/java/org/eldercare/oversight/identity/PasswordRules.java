package org.eldercare.oversight.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eldercare.oversight.common.PlatformException;

/** Password strength: minimum length (policy), 3 of 4 character classes, must not contain the username. */
final class PasswordRules {

    private PasswordRules() {
    }

    /** Message keys of the rules the password breaks; empty when it is acceptable. */
    static List<String> violations(String username, String password, SecurityPolicy policy) {
        List<String> errors = new ArrayList<>();
        if (password == null || password.length() < policy.minPasswordLength()) {
            errors.add("password.tooShort");
            if (password == null) {
                return errors;
            }
        }
        int classes = 0;
        if (password.chars().anyMatch(c -> c >= 'a' && c <= 'z')) classes++;
        if (password.chars().anyMatch(c -> c >= 'A' && c <= 'Z')) classes++;
        if (password.chars().anyMatch(c -> c >= '0' && c <= '9')) classes++;
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) classes++;
        if (classes < 3) {
            errors.add("password.classes");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            errors.add("password.containsUsername");
        }
        return errors;
    }

    /** Refuses a password that breaks a rule, with the first rule's Chinese reason (the minimum length as its argument). */
    static void require(String username, String password, SecurityPolicy policy) {
        List<String> violations = violations(username, password, policy);
        if (!violations.isEmpty()) {
            throw PlatformException.badRequest(violations.get(0), policy.minPasswordLength());
        }
    }
}
