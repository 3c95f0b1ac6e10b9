package org.eldercare.oversight.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.QueryString;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.region.RegionPicker;
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

/**
 * 用户管理 (系统管理员): list, create, edit roles/region/department/institution, disable, reset password. What 三员分立
 * forbids him ({@link AdminDuties}) answers 403.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final int PAGE_SIZE = 20;
    private static final String LIST = "redirect:/admin/users";
    private static final String FORM = "identity/user-form";
    private final AccountAdministration administration;
    private final ScopedAccounts accounts;
    private final IdNumberBinding idNumbers;
    private final Departments departments;
    private final LinkedInstitutions institutions;
    private final RegionService regions;
    private final PagePosts posts;
    private final Messages messages;

    UserAdminController(AccountAdministration administration, ScopedAccounts accounts, IdNumberBinding idNumbers,
                        Departments departments, LinkedInstitutions institutions, RegionService regions, PagePosts posts,
                        Messages messages) {
        this.administration = administration;
        this.accounts = accounts;
        this.idNumbers = idNumbers;
        this.departments = departments;
        this.institutions = institutions;
        this.regions = regions;
        this.posts = posts;
        this.messages = messages;
    }

    private void formModel(Model model, String regionCode) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("regionPicker", regions.picker("regionCode", RegionPicker.Kind.ANY, regionCode));
        model.addAttribute("departments", departments.all());
    }

    /** The form for an existing account, as stored (the ID number field always starts empty). */
    private void editModel(UserSummary u, Model model) {
        formModel(model, u.regionCode());
        model.addAttribute("user", u);
        model.addAttribute("form", new UserForm(u.id(), u.username(), u.displayName(), u.regionCode(),
                u.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.roles()), u.departmentCode(),
                u.institutionId(), institutions.uscc(u.institutionId()), "", ""));
    }

    /** The institution named in the form by its 统一社会信用代码; a form without that field keeps the numeric link. */
    private Long institution(UserForm form) {
        return form.institutionUscc() != null ? institutions.idByUscc(form.institutionUscc()) : form.institutionId();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String cursor, Model model) {
        return listView(accounts.search(q, PageCursor.of(cursor, null, PAGE_SIZE)), q, model);
    }

    private String listView(ListPage<UserSummary> result, String q, Model model) {
        model.addAttribute("result", result);
        model.addAttribute("users", result.items());
        model.addAttribute("departmentNames", departments.names());
        model.addAttribute("q", q);
        model.addAttribute("base", "/admin/users?" + QueryString.of("q", q));
        return "identity/users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        formModel(model, null);
        model.addAttribute("form", new UserForm(null, "", "", "", EnumSet.noneOf(Role.class), "", null, "", "", ""));
        return FORM;
    }

    @PostMapping
    String create(@AuthenticationPrincipal PlatformUser admin, UserForm form, Model model, RedirectAttributes redirect) {
        return DutyPosts.form(posts, model, () -> {
            AccountAdministration.Created created = administration.create(new AccountAdministration.NewUser(form.username(),
                    form.displayName(), form.regionCode(), roles(form), form.departmentCode(), institution(form), form.phone(),
                    form.idNumber()), admin.username());
            redirect.addFlashAttribute(PagePosts.MESSAGE,
                    messages.get("user.created", created.user().username(), created.temporaryPassword()));
            return LIST;
        }, () -> {
            formModel(model, form.regionCode());
            model.addAttribute("form", form.withoutIdNumber());
            return FORM;
        });
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserSummary u = accounts.get(id);
        editModel(u, model);
        model.addAttribute("institutionName", institutions.name(u.institutionId()));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, UserForm form, Model model, RedirectAttributes redirect) {
        return DutyPosts.form(posts, model, () -> {
            administration.update(id, form.displayName(), form.regionCode(), roles(form), form.departmentCode(),
                    institution(form), form.phone(), form.idNumber());
            redirect.addFlashAttribute(PagePosts.MESSAGE, messages.get("user.updated"));
            return LIST;
        }, () -> {
            formModel(model, form.regionCode());
            model.addAttribute("user", accounts.get(id));
            model.addAttribute("form", form.withoutIdNumber());
            return FORM;
        });
    }

    @PostMapping("/{id}/disable")
    String disable(@AuthenticationPrincipal PlatformUser admin, @PathVariable long id, RedirectAttributes redirect) {
        return DutyPosts.redirect(posts, "/admin/users", redirect, () -> {
            administration.disable(id, admin.username());
            return messages.get("user.disabled");
        });
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return DutyPosts.redirect(posts, "/admin/users", redirect, () -> {
            administration.enable(id);
            return messages.get("user.enabled");
        });
    }

    @PostMapping("/{id}/reset-password")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        return DutyPosts.redirect(posts, "/admin/users", redirect, () -> {
            String temp = administration.resetPassword(id);
            return messages.get("user.passwordReset", accounts.get(id).username(), temp);
        });
    }

    /** Exact search by 公民身份号码: POST, so the number never appears in an address or a log. */
    @PostMapping("/search-id")
    String searchById(@RequestParam(defaultValue = "") String idNumber, Model model) {
        return posts.form(model, () -> {
            model.addAttribute("idSearch", true);
            return listView(whole(idNumbers.findByIdNumber(idNumber)), "", model);
        }, () -> listView(whole(List.of()), "", model));
    }

    /** A short list shown whole, without paging (the accounts bound to one 公民身份号码). */
    private static ListPage<UserSummary> whole(List<UserSummary> users) {
        return ListPage.of(users, null, null, users.size());
    }

    /** Shows the full number once, after recording who asked and why (audited). */
    @PostMapping("/{id}/reveal-id")
    String revealId(@AuthenticationPrincipal PlatformUser admin, @PathVariable long id,
                    @RequestParam(defaultValue = "") String reason, HttpServletRequest request, Model model) {
        editModel(accounts.get(id), model);
        return posts.form(model, () -> {
            model.addAttribute("revealedId", idNumbers.revealIdNumber(id, admin, reason, request.getRemoteAddr()));
            return FORM;
        }, () -> FORM);
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
            return new UserForm(id, username, displayName, regionCode, roles, departmentCode, institutionId, institutionUscc,
                    phone, "");
        }
    }
}
