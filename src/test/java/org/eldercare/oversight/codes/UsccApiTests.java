package org.eldercare.oversight.codes;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UsccApiTests extends IntegrationTest {

    @Test
    @DisplayName("REG-1 USCC API: a valid code is decoded for live form validation")
    void valid() throws Exception {
        mvc.perform(get("/api/v1/codes/uscc/91350100m000100y43").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("91350100M000100Y43"))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.registrationAuthority").value("市场监管（工商）"))
                .andExpect(jsonPath("$.entityType").value("企业"))
                .andExpect(jsonPath("$.regionCode").value("350100"))
                .andExpect(jsonPath("$.error").doesNotExist());
    }

    @Test
    @DisplayName("REG-1 USCC API: an invalid code answers valid=false with the Chinese reason, never a 500")
    void invalid() throws Exception {
        mvc.perform(get("/api/v1/codes/uscc/91350100M000100Y44").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.error").value("校验码（第18位）不正确，请核对代码是否抄错。"));
        mvc.perform(get("/api/v1/codes/uscc/{c}", "养老院").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.error").value("统一社会信用代码应为18位，当前为3位。"));
        mvc.perform(get("/api/v1/codes/uscc/{c}", "x".repeat(300)).with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false));
        mvc.perform(get("/api/v1/codes/uscc/{c}", "91350100O000100Y43").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.error").value("第9位字符“O”不是有效字符（只用数字和大写字母，不含I、O、Z、S、V）。"));
    }
}
