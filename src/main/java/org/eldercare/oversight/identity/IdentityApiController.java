package org.eldercare.oversight.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administration API: accounts and API token requests (系统管理员), security policy (安全管理员). */
@RestController
@Tag(name = "身份与访问管理")
class IdentityApiController {

    private final AccountAdministration administration;
    private final ScopedAccounts accounts;
    private final IdNumberBinding idNumbers;
    private final ApiTokenService tokens;
    private final SecurityPolicyStore policies;

    IdentityApiController(AccountAdministration administration, ScopedAccounts accounts, IdNumberBinding idNumbers,
                          ApiTokenService tokens, SecurityPolicyStore policies) {
        this.administration = administration;
        this.accounts = accounts;
        this.idNumbers = idNumbers;
        this.tokens = tokens;
        this.policies = policies;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "当前用户")
    Me me(@AuthenticationPrincipal PlatformUser user) {
        return new Me(user.username(), user.displayName(), user.roles(), user.regionCode(), user.departmentCode(),
                user.institutionId());
    }

    record Me(String username, String displayName, Set<Role> roles, String regionCode, String departmentCode, Long institutionId) {
    }

    @GetMapping("/api/v1/admin/users")
    @Operation(summary = "本辖区用户列表（系统管理员）：用户名或姓名包含q（%和_按字面匹配），最新在前；"
            + "按游标翻页（cursor取上次返回的nextCursor，size每页1–200条，默认50），total超过10000条时为10000且totalCapped为true")
    ListPage<UserSummary> users(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String cursor,
                                @RequestParam(required = false) Integer size) {
        return accounts.search(q, PageCursor.of(cursor, size, 50));
    }

    @PostMapping("/api/v1/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建用户，返回一次性临时密码（首次登录须修改）")
    AccountAdministration.Created createUser(@AuthenticationPrincipal PlatformUser admin,
                                             @RequestBody AccountAdministration.NewUser body) {
        return administration.create(body, admin.username());
    }

    @PostMapping("/api/v1/admin/users/{id}/disable")
    @Operation(summary = "停用用户")
    UserSummary disable(@AuthenticationPrincipal PlatformUser admin, @PathVariable long id) {
        administration.disable(id, admin.username());
        return accounts.get(id);
    }

    record IdNumberBody(String idNumber) {
    }

    record RevealBody(String reason) {
    }

    record Revealed(long userId, String idNumber) {
    }

    @PutMapping("/api/v1/admin/users/{id}/id-number")
    @Operation(summary = "绑定账户的公民身份号码（实名；加密存储，仅返回脱敏值）")
    UserSummary setIdNumber(@PathVariable long id, @RequestBody IdNumberBody body) {
        return idNumbers.bindIdNumber(id, body.idNumber());
    }

    @PostMapping("/api/v1/admin/users/search-by-id-number")
    @Operation(summary = "按公民身份号码精确查找本辖区账户（号码放在请求体中，不进入地址和日志）")
    List<UserSummary> searchByIdNumber(@RequestBody IdNumberBody body) {
        return idNumbers.findByIdNumber(body.idNumber());
    }

    @PostMapping("/api/v1/admin/users/{id}/id-number/reveal")
    @Operation(summary = "查看完整公民身份号码：须说明原因，先写审计记录再返回")
    Revealed reveal(@AuthenticationPrincipal PlatformUser admin, @PathVariable long id, @RequestBody RevealBody body,
                    HttpServletRequest request) {
        return new Revealed(id, idNumbers.revealIdNumber(id, admin, body.reason(), request.getRemoteAddr()));
    }

    @GetMapping("/api/v1/admin/security-policy")
    @Operation(summary = "安全策略（安全管理员）")
    SecurityPolicy policy() {
        return policies.current();
    }

    @PutMapping("/api/v1/admin/security-policy")
    @Operation(summary = "修改密码、锁定与会话策略（安全管理员）")
    SecurityPolicy updatePolicy(@AuthenticationPrincipal PlatformUser admin, @RequestBody SecurityPolicy body) {
        policies.update(body, admin.username());
        return policies.current();
    }

    record TokenRequest(String name, String departmentCode, Long institutionId, String regionCode, Integer validDays) {
    }

    @GetMapping("/api/v1/admin/api-tokens")
    @Operation(summary = "API令牌列表（系统管理员）")
    List<ApiTokenService.TokenView> tokens() {
        return tokens.list();
    }

    @PostMapping("/api/v1/admin/api-tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "申请API令牌（待审批）：须经该区划或上级的民政监管员批准，令牌明文只交给审批人，一次")
    ApiTokenService.TokenView request(@AuthenticationPrincipal PlatformUser admin, @RequestBody TokenRequest body) {
        return tokens.request(body.name(), body.departmentCode(), body.institutionId(),
                body.regionCode() == null ? admin.regionCode() : body.regionCode(),
                body.validDays() == null ? 90 : body.validDays(), admin.username());
    }

    @PostMapping("/api/v1/admin/api-tokens/{id}/revoke")
    @Operation(summary = "撤销API令牌")
    Revoked revoke(@AuthenticationPrincipal PlatformUser admin, @PathVariable long id) {
        tokens.revoke(id, admin.username());
        return new Revoked(id, Instant.now());
    }

    record Revoked(long id, Instant revokedAt) {
    }
}
