package org.eldercare.oversight.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the token pages show of a list of tokens: the tokens, and the names of the departments and institutions they bind. */
@Component
class TokenPageModel {

    private final Departments departments;
    private final LinkedInstitutions institutions;

    TokenPageModel(Departments departments, LinkedInstitutions institutions) {
        this.departments = departments;
        this.institutions = institutions;
    }

    void bindings(List<ApiTokenService.TokenView> tokens, Model model) {
        model.addAttribute("tokens", tokens);
        model.addAttribute("departmentNames", departments.names());
        Map<Long, String> institutionNames = new HashMap<>();
        tokens.stream().map(ApiTokenService.TokenView::institutionId).filter(Objects::nonNull).distinct()
                .forEach(id -> institutionNames.put(id, institutions.name(id)));
        model.addAttribute("institutionNames", institutionNames);
    }
}
