package org.eldercare.oversight.credit.codes;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.credit.listing.ListCondition;
import org.eldercare.oversight.credit.listing.ListKind;
import org.eldercare.oversight.credit.record.CreditCodes;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The credit page of a 统一社会信用代码 (CRD-1…CRD-3) and its Excel export. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','DEPARTMENT')")
class CodeCreditPagesController {

    private final CodeCredit credit;

    CodeCreditPagesController(CodeCredit credit) {
        this.credit = credit;
    }

    /** The look-up form; with {@code uscc}, the code's page. */
    @GetMapping("/credit")
    String lookup(@RequestParam(required = false) String uscc) {
        if (uscc != null && !uscc.isBlank()) {
            return "redirect:/credit/codes/" + URLEncoder.encode(CreditCodes.normalise(uscc), StandardCharsets.UTF_8);
        }
        return "credit/lookup";
    }

    @GetMapping("/credit/codes/{uscc}")
    String code(@PathVariable String uscc, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("credit", credit.view(uscc, PageCursor.of(cursor, null, 20)));
        model.addAttribute("supervisor", PlatformUser.current().has(Role.SUPERVISOR));
        model.addAttribute("listKinds", ListKind.values());
        model.addAttribute("conditions", ListCondition.values());
        return "credit/code";
    }

    @GetMapping("/credit/codes/{uscc}/entries.xlsx")
    void export(@PathVariable String uscc, HttpServletResponse response) throws IOException {
        credit.export(uscc, response);
    }
}
