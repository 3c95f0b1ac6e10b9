package org.eldercare.oversight.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators' accounts (安全管理员): reset, unlock, disable, enable — never his own, never roles (三员分立). */
@RestController
@RequestMapping("/api/v1/admin/administrators")
@PreAuthorize("hasRole('SECADMIN')")
@Tag(name = "身份与访问管理")
class AdministratorApiController {

    private final AccountAdministration administration;
    private final ScopedAccounts accounts;

    AdministratorApiController(AccountAdministration administration, ScopedAccounts accounts) {
        this.administration = administration;
        this.accounts = accounts;
    }

    record Reset(long userId, String username, String temporaryPassword) {
    }

    @GetMapping
    @Operation(summary = "管理员账户列表（安全管理员）")
    List<UserSummary> list() {
        return accounts.administrators();
    }

    @PostMapping("/{id}/reset-password")
    @Operation(summary = "重置管理员账户密码，返回一次性临时密码（安全管理员；不能重置自己的）")
    Reset reset(@PathVariable long id) {
        String temp = administration.resetPassword(id);
        return new Reset(id, accounts.get(id).username(), temp);
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "解除管理员账户锁定（安全管理员）")
    UserSummary unlock(@PathVariable long id) {
        administration.unlock(id);
        return accounts.get(id);
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "停用管理员账户（安全管理员；不能停用自己的）")
    UserSummary disable(@AuthenticationPrincipal PlatformUser admin, @PathVariable long id) {
        administration.disable(id, admin.username());
        return accounts.get(id);
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "启用管理员账户（安全管理员）")
    UserSummary enable(@PathVariable long id) {
        administration.enable(id);
        return accounts.get(id);
    }
}
