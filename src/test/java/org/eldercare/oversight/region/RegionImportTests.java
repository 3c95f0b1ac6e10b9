package org.eldercare.oversight.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.SystemUserTestAccess;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

class RegionImportTests extends IntegrationTest {

    private long count(String code) {
        return jdbc.sql("select count(*) from region where code = ?").param(code).query(Long.class).single();
    }

    @Test
    @DisplayName("Region CSV import: townships with header, any row order, GBK encoding")
    void importsValidGbkFile() throws Exception {
        String csv = "区划代码,名称,上级区划代码\n532302101000,金山镇,532302\n532302100000,中村乡,532302\n";
        MockHttpSession admin = login("sysadmin", DEMO_PASSWORD);
        mvc.perform(multipart("/admin/regions/import")
                        .file(new MockMultipartFile("file", "r.csv", "text/csv", csv.getBytes(Charset.forName("GBK"))))
                        .session(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("导入成功，共新增 2 个区划")));
        assertThat(jdbc.sql("select name from region where code = '532302101000'").query(String.class).single()).isEqualTo("金山镇");
        assertThat(jdbc.sql("select path from region where code = '532302100000'").query(String.class).single())
                .isEqualTo("/000000/530000/532300/532302/532302100000/");
    }

    @Test
    @DisplayName("Region CSV import: a file with a bad row imports nothing and names each bad line in Chinese")
    void badRowsImportNothing() throws Exception {
        String csv = "532322100000,妥甸镇,532322\n53232210,坏代码,532322\n532322101000,大庄镇,999999\n532322102000,,532322\n";
        MockHttpSession admin = login("sysadmin", DEMO_PASSWORD);
        mvc.perform(multipart("/admin/regions/import")
                        .file(new MockMultipartFile("file", "r.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .session(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("第2行：区划代码“53232210”须为6位或12位数字")))
                .andExpect(content().string(Matchers.containsString("第3行：上级区划代码“999999”不存在")))
                .andExpect(content().string(Matchers.containsString("第4行：名称不能为空")));
        assertThat(count("532322100000")).isZero();
    }

    @Test
    @DisplayName("Region CSV import: a township code must start with its county's code; existing codes are refused")
    void townshipCodeMustMatchCounty() {
        RegionService.ImportResult r = SystemUserTestAccess.asRoot(() ->
                regionService.importCsv("532323100000,共和镇,532324\n532301,楚雄市,532300\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).anyMatch(e -> e.startsWith("第1行：乡镇（街道）代码须为12位，且前6位与所属县级代码一致"));
        assertThat(r.errors()).anyMatch(e -> e.equals("第2行：区划代码532301已存在"));
        assertThat(count("532323100000")).isZero();
    }

    @Autowired
    RegionService regionService;
}
