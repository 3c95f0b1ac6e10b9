package org.eldercare.oversight.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** 令牌审批 (民政监管员 of the token's region or above): pending API token requests, and their approval. */
@RestController
@PreAuthorize("hasRole('SUPERVISOR')")
@Tag(name = "身份与访问管理")
class TokenApprovalApiController {

    private final ApiTokenService tokens;

    TokenApprovalApiController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/api/v1/token-approvals")
    @Operation(summary = "待审批的API令牌申请（本辖区，民政监管员）")
    List<ApiTokenService.TokenView> pending() {
        return tokens.pending();
    }

    @PostMapping("/api/v1/token-approvals/{id}/approve")
    @Operation(summary = "批准API令牌申请；令牌明文只返回这一次，由审批人交给对接系统")
    ApiTokenService.Issued approve(@AuthenticationPrincipal PlatformUser supervisor, @PathVariable long id) {
        return tokens.approve(id, supervisor);
    }
}
