package org.eldercare.oversight.disclosure.bureau;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** REST API of a region's disclosure periods (DIS-2), for its supervisors. */
@RestController
@PreAuthorize("hasRole('SUPERVISOR')")
@Tag(name = "信息公开")
class DisclosureSettingsApiController {

    private final DisclosureSettings settings;

    DisclosureSettingsApiController(DisclosureSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/v1/disclosure/settings/{regionCode}")
    @Operation(summary = "区划的政务公开期限（工作日）：政策文件、扶持措施、办事指南（默认10）、备案信息更新周期（默认20），未设置的沿用上级")
    List<DisclosureSettings.Period> get(@PathVariable String regionCode) {
        return settings.periods(regionCode);
    }

    @PutMapping("/api/v1/disclosure/settings/{regionCode}")
    @Operation(summary = "设置区划的政务公开期限，如 {\"POLICY\":10,\"FILING_LIST\":20}；未给出的项恢复沿用上级")
    List<DisclosureSettings.Period> put(@PathVariable String regionCode, @RequestBody(required = false) Map<String, Integer> body) {
        return settings.set(regionCode, body);
    }
}
