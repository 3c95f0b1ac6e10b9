package org.eldercare.oversight.codes;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.eldercare.oversight.common.Messages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "代码校验")
class CodesController {

    private final Messages messages;

    CodesController(Messages messages) {
        this.messages = messages;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UsccCheck(String code, boolean valid, String registrationAuthority, String entityType, String regionCode, String error) {
    }

    /** For live validation in forms: always 200, never a 500, whatever the input. */
    @GetMapping("/api/v1/codes/uscc/{code}")
    @Operation(summary = "校验统一社会信用代码（GB 32100-2015），返回登记管理部门、机构类别、行政区划码或中文错误原因")
    UsccCheck uscc(@PathVariable String code) {
        try {
            Uscc u = Uscc.parse(code);
            return new UsccCheck(u.value(), true, u.registrationAuthority(), u.entityType(), u.regionCode(), null);
        } catch (InvalidCodeException e) {
            String shown = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
            return new UsccCheck(shown, false, null, null, null, messages.of(e));
        }
    }
}
