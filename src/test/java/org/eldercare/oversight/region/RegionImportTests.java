package org.eldercare.oversight.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.identity.SystemUserTestAccess;
import org.eldercare.oversight.region.DivisionFiles.Source;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The system administrator's import of division lists (#9 item 17): adds, renames, refuses bad rows (retiring:
 * {@link RegionRetirementTests}).
 */
class RegionImportTests extends IntegrationTest {

    private static final String PW = "Region#Admin2026";

    @Autowired
    RegionService regionService;
    @Autowired
    TransactionTemplate transactions;

    private long count(String code) {
        return jdbc.sql("select count(*) from region where code = ?").param(code).query(Long.class).single();
    }

    private long retiredCount() {
        return jdbc.sql("select count(*) from region where retired_at is not null").query(Long.class).single();
    }

    private String name(String code) {
        return jdbc.sql("select name from region where code = ?").param(code).query(String.class).single();
    }

    @Test
    @DisplayName("Region CSV import: new townships of a newer list, with header, any row order, GBK encoding")
    void importsValidGbkFile() throws Exception {
        String csv = "区划代码,名称,上级区划代码\n532302113000,新设乙镇,532302\n532302112000,新设甲镇,532302\n";
        MockHttpSession admin = login("sysadmin", DEMO_PASSWORD);
        mvc.perform(multipart("/admin/regions/import")
                        .file(new MockMultipartFile("file", "r.csv", "text/csv", csv.getBytes(Charset.forName("GBK"))))
                        .session(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("导入成功：新增 2 个，更名 0 个，恢复 0 个，撤销 0 个区划。")));
        assertThat(name("532302112000")).isEqualTo("新设甲镇");
        assertThat(jdbc.sql("select path from region where code = '532302113000'").query(String.class).single())
                .isEqualTo("/000000/530000/532300/532302/532302113000/");
    }

    @Test
    @DisplayName("Region CSV import: a file with a bad row imports nothing and names each bad line in Chinese")
    void badRowsImportNothing() throws Exception {
        String csv = "532322106000,测试新镇,532322\n53232210,坏代码,532322\n532322199000,大庄新镇,999999\n532322107000,,532322\n";
        MockHttpSession admin = login("sysadmin", DEMO_PASSWORD);
        mvc.perform(multipart("/admin/regions/import")
                        .file(new MockMultipartFile("file", "r.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .session(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("第2行：区划代码“53232210”须为6位或12位数字")))
                .andExpect(content().string(Matchers.containsString("第3行：上级区划代码“999999”不存在")))
                .andExpect(content().string(Matchers.containsString("第4行：名称不能为空")));
        assertThat(count("532322106000")).isZero();
    }

    @Test
    @DisplayName("Region CSV import: a township code must start with its county's; a listed code cannot move to another parent")
    void townshipCodeMustMatchCountyAndCodesDoNotMove() {
        RegionService.ImportResult r = SystemUserTestAccess.asRoot(() -> regionService.importCsv(
                "532323199000,共和新镇,532324\n532301101000,鹿城镇,532302\n532301,楚雄市,532300\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).containsExactly("第1行：乡镇（街道）代码须为12位，且前6位与所属县级代码一致",
                "第2行：区划代码532301101000现属于上级区划532301，不能改为532302");
        assertThat(count("532323199000")).isZero();
        assertThat(jdbc.sql("select parent_code from region where code = '532301101000'").query(String.class).single()).isEqualTo("532301");
    }

    @Test
    @DisplayName("Region import: a listed code takes the list's name (更名), an unchanged one changes nothing")
    void renamesListedCodes() {
        transactions.executeWithoutResult(tx -> {
            RegionService.ImportResult r = SystemUserTestAccess.asRoot(() -> regionService.importCsv(
                    "532301101000,鹿城街道,532301\n532301102000,东瓜镇,532301\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(r.errors()).isEmpty();
            assertThat(List.of(r.added(), r.renamed(), r.restored(), r.retired())).containsExactly(0, 1, 0, 0);
            assertThat(name("532301101000")).isEqualTo("鹿城街道");
            tx.setRollbackOnly();
        });
        assertThat(name("532301101000")).isEqualTo("鹿城镇");
    }

    @Test
    @DisplayName("Region import: the national list's four files are read in the platform's code forms, in one upload")
    void readsTheFourFileForm() {
        transactions.executeWithoutResult(tx -> {
            RegionService.ImportResult r = SystemUserTestAccess.asRoot(() -> regionService.importFiles(List.of(
                    new Source("provinces.csv", "code,name\n53,\"云南省\"\n"),
                    new Source("cities.csv", "code,name,provinceCode\n5323,\"楚雄彝族自治州\",53\n4419,\"东莞市\",44\n"),
                    new Source("areas.csv", "code,name,cityCode,provinceCode\n532301,\"楚雄市\",5323,53\n441900,\"东莞市\",4419,44\n"),
                    new Source("streets.csv", "code,name,areaCode,provinceCode,cityCode\n532301116,\"新设镇\",532301,53,5323\n"
                            + "441900999,\"新设街道\",441900,44,4419\n")), false));
            assertThat(r.errors()).isEmpty();
            assertThat(List.of(r.added(), r.renamed(), r.restored(), r.retired())).containsExactly(2, 0, 0, 0);
            assertThat(jdbc.sql("select level || ' ' || path from region where code = '441900999000'").query(String.class).single())
                    .isEqualTo("4 /000000/440000/441900/441900999000/");
            tx.setRollbackOnly();
        });
    }

    @Test
    @DisplayName("Region import: a complete list is only for an administrator of the whole country, and only down to townships")
    void completeListNeedsTheWholeCountry() throws Exception {
        RegionService.ImportResult partial = SystemUserTestAccess.asRoot(() -> regionService.importFiles(List.of(
                new Source("r.csv", "532301101000,鹿城镇,532301\n")), true));
        assertThat(partial.errors()).containsExactly("完整区划表须包含从省级到乡镇（街道）级的全部区划",
                "第1行：完整区划表中缺少上级区划532301");
        long retiredBefore = retiredCount();
        String countyAdmin = createUser("reg-admin", "532301", Set.of(Role.SYSADMIN), PW);
        mvc.perform(multipart("/admin/regions/import").param("complete", "true")
                        .file(new MockMultipartFile("file", "r.csv", "text/csv",
                                "532301101000,鹿城镇,532301\n".getBytes(StandardCharsets.UTF_8)))
                        .session(login(countyAdmin, PW)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("只有数据范围为全国的系统管理员可以导入完整区划表")));
        assertThat(retiredCount()).isEqualTo(retiredBefore);
    }
}
