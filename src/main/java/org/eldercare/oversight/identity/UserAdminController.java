package org.eldercare.oversight.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.RegionService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户管理 (系统管理员): list, create, edit roles/region/department/institution, disable, reset password. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final int PAGE_SIZE = 20;
    private final UserService users;
    private final RegionService regions;
    private final Messages messages;

    UserAdminController(UserService users, RegionService regions, Messages messages) {
        this.users = users;
        this.regions = regions;
        this.messages = messages;
    }

    private void formModel(Model model) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("regions", regions.subtreeInScope());
        model.addAttribute("departments", users.departments());
    }

    /** The institution named in the form by its 统一社会信用代码; a form without that field keeps the numeric link. */
    private Long institution(UserForm form) {
        return form.institutionUscc() != null ? users.institutionIdByUscc(form.institutionUscc()) : form.institutionId();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        page = Math.max(page, 0);
        long total = users.count(q);
        model.addAttribute("users", users.search(q, page, PAGE_SIZE));
        model.addAttribute("departmentNames", users.departmentNames());
        model.addAttribute("q", q);
        model.addAttribute("page", page);
        model.addAttribute("total", total);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        return "identity/users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        formModel(model);
        model.addAttribute("form", new UserForm(null, "", "", "", EnumSet.noneOf(Role.class), "", null, "", "", ""));
        return "identity/user-form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal PlatformUser admin, UserForm form, Model model, RedirectAttributes redirect) {
        try {
            UserService.Created created = users.create(new UserService.NewUser(form.username(), form.displayName(), form.regionCode(),
                    roles(form), form.departmentCode(), institution(form), form.phone(), form.idNumber()), admin.username());
            redirect.addFlashAttribute("message", messages.get("user.created", created.user().username(), created.temporaryPassword()));
            return "redirect:/admin/users";
        } catch (PlatformException e) {
            formModel(model);
            model.addAttribute("form", form.withoutIdNumber());
            model.addAttribute("error", messages.of(e));
            return "identity/user-form";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserService.UserSummary u = users.get(id);
        formModel(model);
        model.addAttribute("user", u);
        model.addAttribute("institutionName", users.institutionName(u.institutionId()));
        model.addAttribute("form", new UserForm(u.id(), u.username(), u.displayName(), u.regionCode(),
                u.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.roles()), u.departmentCode(), u.institutionId(),
                users.institutionUscc(u.institutionId()), "", ""));
        return "identity/user-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, UserForm form, Model model, RedirectAttributes redirect) {
        try {
            users.update(id, form.displayName(), form.regionCode(), roles(form), form.departmentCode(), institution(form), form.phone(), form.idNumber());
            redirect.addFlashAttribute("message", messages.get("user.updated"));
            return "redirect:/admin/users";
        } catch (PlatformException e) {
            formModel(model);
            model.addAttribute("user", users.get(id));
            model.addAttribute("form", form.withoutIdNumber());
            model.addAttribute("error", messages.of(e));
            return "identity/user-form";
        }
    }

    @PostMapping("/{id}/disable")
    String disable(@AuthenticationPrincipal PlatformUser admin, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> users.disable(id, admin.username()), "user.disabled");
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> users.enable(id), "user.enabled");
    }

    @PostMapping("/{id}/reset-password")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        try {
            String temp = users.resetPassword(id);
            redirect.addFlashAttribute("message", messages.get("user.passwordReset", users.get(id).username(), temp));
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/admin/users";
    }

    /** Exact search by 公民身份号码: POST, so the number never appears in an address or a log. */
    @PostMapping("/search-id")
    String searchById(@RequestParam(defaultValue = "") String idNumber, Model model) {
        try {
            model.addAttribute("users", users.findByIdNumber(idNumber));
            model.addAttribute("idSearch", true);
        } catch (PlatformException e) {
            model.addAttribute("users", List.of());
            model.addAttribute("error", messages.of(e));
        }
        model.addAttribute("q", "");
        model.addAttribute("page", 0);
        model.addAttribute("total", ((List<?>) model.getAttribute("users")).size());
        model.addAttribute("pages", 1);
        return "identity/users";
    }

    /** Shows the full number once, after recording who asked and why (audited). */
    @PostMapping("/{id}/reveal-id")
    String revealId(@AuthenticationPrincipal PlatformUser admin, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                    jakarta.servlet.http.HttpServletRequest request, Model model) {
        UserService.UserSummary u = users.get(id);
        formModel(model);
        model.addAttribute("user", u);
        model.addAttribute("form", new UserForm(u.id(), u.username(), u.displayName(), u.regionCode(),
                u.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.roles()), u.departmentCode(), u.institutionId(),
                users.institutionUscc(u.institutionId()), "", ""));
        try {
            model.addAttribute("revealedId", users.revealIdNumber(id, admin, reason, request.getRemoteAddr()));
        } catch (PlatformException e) {
            model.addAttribute("error", messages.of(e));
        }
        return "identity/user-form";
    }

    private String act(RedirectAttributes redirect, Runnable action, String okKey) {
        try {
            action.run();
            redirect.addFlashAttribute("message", messages.get(okKey));
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/admin/users";
    }

    private static Set<Role> roles(UserForm form) {
        return form.roles() == null || form.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(form.roles());
    }

    record UserForm(Long id, String username, String displayName, String regionCode, Set<Role> roles,
                    String departmentCode, Long institutionId, String institutionUscc, String phone, String idNumber) {
        public List<Role> roleList() {
            return roles == null ? List.of() : List.copyOf(roles);
        }

        /** A typed ID number is never sent back to the browser, not even after an error. */
        UserForm withoutIdNumber() {
            return new UserForm(id, username, displayName, regionCode, roles, departmentCode, institutionId, institutionUscc, phone, "");
        }
    }
}
