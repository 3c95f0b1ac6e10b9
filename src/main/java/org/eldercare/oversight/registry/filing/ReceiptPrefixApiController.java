package org.eldercare.oversight.registry.filing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the filing bureaus' receipt-number prefixes (民政监管员, within their region). */
@RestController
@PreAuthorize("hasRole('SUPERVISOR')")
@Tag(name = "机构名录与备案")
class ReceiptPrefixApiController {

    private final ReceiptPrefixSettings settings;

    ReceiptPrefixApiController(ReceiptPrefixSettings settings) {
        this.settings = settings;
    }

    record PrefixBody(String prefix) {
    }

    @GetMapping("/api/v1/receipt-prefixes")
    @Operation(summary = "辖区内（或辖区内 region 之下）各备案机关的备案回执编号前缀及本年已出具的最大序号，按区划顺序，至多5000个")
    List<ReceiptPrefixSettings.Bureau> list(@RequestParam(required = false) String region) {
        return settings.list(region, 5000);
    }

    @PutMapping("/api/v1/receipt-prefixes/{regionCode}")
    @Operation(summary = "设置备案机关的回执编号前缀；已由其他备案机关使用的前缀返回409，已出具的回执编号不变")
    ReceiptPrefixSettings.Bureau set(@PathVariable String regionCode, @RequestBody(required = false) PrefixBody body) {
        return settings.set(regionCode, body == null ? null : body.prefix());
    }
}
