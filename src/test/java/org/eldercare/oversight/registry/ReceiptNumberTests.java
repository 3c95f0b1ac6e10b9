package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.identity.SystemUserTestAccess;
import org.eldercare.oversight.region.RegionService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Receipt numbers belong to the filing bureau: 海门区 and 海安市 (南通市), whose names start with the same character, get
 * prefixes and counters of their own; a prefix is never configured for two bureaus.
 */
class ReceiptNumberTests extends IntegrationTest {

    private static final String PW = "Receipt#Prefix2026";
    private static final Pattern RECEIPT = Pattern.compile("(.+)〔(\\d{4})〕(\\d{4,})号");

    @Autowired
    RegionService regionService;

    private record County(String code, String township, String supervisor) {
        RequestPostProcessor auth() {
            return httpBasic(supervisor, PW);
        }
    }

    /** A county with its first township (of the national list, or one made for a test province) and a supervisor of its own. */
    private County county(String code) {
        String township = jdbc.sql("select min(code) from region where parent_code = ? and level = 4 and retired_at is null")
                .param(code).query(String.class).optional().orElse(null);
        if (township == null) {
            String made = code + "101000";
            SystemUserTestAccess.asRoot(() -> regionService.importCsv((made + ",测试镇," + code).getBytes(StandardCharsets.UTF_8)));
            township = made;
        }
        return new County(code, township, createUser("rp-" + code, code, Set.of(Role.SUPERVISOR), PW));
    }

    /** Archives an institution in the county, files it and returns the receipt number the bureau issued. */
    private String fileOne(County c) throws Exception {
        String uscc = RegistryFixtures.uscc(c.code());
        mvc.perform(post("/api/v1/institutions").with(c.auth()).contentType(MediaType.APPLICATION_JSON)
                .content(RegistryFixtures.institutionJson(uscc, "回执测试养老院" + uscc.substring(10), c.township())))
                .andExpect(status().isCreated());
        String json = mvc.perform(post("/api/v1/institutions/" + uscc + "/filings").with(c.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getContentAsString();
        long f = ((Number) JsonPath.read(json, "$.id")).longValue();
        for (String m : new String[] {"REGISTRATION_CERTIFICATE", "SITE_PROOF"}) {
            mvc.perform(multipart("/api/v1/filings/" + f + "/attachments").with(c.auth()).param("material", m)
                    .file(new MockMultipartFile("file", "a.pdf", "application/pdf", RegistryFixtures.PDF)))
                    .andExpect(status().isCreated());
        }
        mvc.perform(FilingTestBase.paperCommitment(f, "甲", "院长").with(c.auth())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/filings/" + f + "/submit").with(c.auth())).andExpect(status().isOk());
        json = mvc.perform(post("/api/v1/filings/" + f + "/accept").with(c.auth())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.receiptNo");
    }

    private static Matcher parts(String receipt) {
        Matcher m = RECEIPT.matcher(receipt);
        assertThat(m.matches()).as(receipt).isTrue();
        return m;
    }

    private static int number(String receipt) {
        return Integer.parseInt(parts(receipt).group(3));
    }

    @Test
    @DisplayName("REG-2 海门区 and 海安市 get different receipt prefixes (海门民养备, 海安民养备) and counters of their own")
    void countiesSharingAFirstCharacterGetTheirOwnPrefixAndCounter() throws Exception {
        County haimen = county("320614");
        County haian = county("320685");
        String year = String.valueOf(LocalDate.now(clock()).getYear());

        String first = fileOne(haimen);
        String other = fileOne(haian);
        String second = fileOne(haimen);

        assertThat(parts(first).group(1)).isEqualTo("海门民养备");
        assertThat(parts(first).group(2)).isEqualTo(year);
        assertThat(parts(other).group(1)).isEqualTo("海安民养备");
        assertThat(parts(second).group(1)).isEqualTo("海门民养备");
        assertThat(number(second)).as("海安's receipt drew nothing from 海门's counter").isEqualTo(number(first) + 1);
        // the derived prefixes are kept for the bureaus, so no other bureau can be given them
        assertThat(jdbc.sql("select prefix from receipt_prefix where region_code in ('320614', '320685') order by region_code")
                .query(String.class).list()).containsExactly("海门民养备", "海安民养备");
    }

    /** Test divisions: a province, a prefecture and a county, unless they exist (a reused database). */
    private void testCounty(String province, String provinceName, String county, String countyName) {
        if (jdbc.sql("select count(*) from region where code = ?").param(county).query(Long.class).single() == 0) {
            String prefecture = province.substring(0, 2) + "0100";
            String csv = province + "," + provinceName + ",000000\n" + prefecture + "," + provinceName + "测试市," + province + "\n"
                    + county + "," + countyName + "," + prefecture + "\n";
            SystemUserTestAccess.asRoot(() -> regionService.importCsv(csv.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    @DisplayName("REG-2 two counties alone with their first character in their provinces: the second is not given the first's prefix")
    void aDerivedPrefixIsUniqueAcrossProvinces() throws Exception {
        testCounty("970000", "甲测试省", "970101", "鹤城测试区");
        testCounty("960000", "乙测试省", "960101", "鹤山测试县");

        String first = fileOne(county("970101"));
        String second = fileOne(county("960101"));

        assertThat(parts(first).group(1)).isEqualTo("鹤民养备");
        assertThat(parts(second).group(1)).isEqualTo("鹤山民养备");
        assertThat(number(second)).isEqualTo(jdbc.sql("select last from receipt_counter where region_code = '960101' and year = ?")
                .param(LocalDate.now(clock()).getYear()).query(Integer.class).single());
    }

    @Test
    @DisplayName("REG-2 a receipt prefix another bureau uses is refused with a Chinese 409; the database refuses it too")
    void aPrefixAnotherBureauUsesIsRefused() throws Exception {
        County rudong = county("320623");
        mvc.perform(put("/api/v1/receipt-prefixes/320623").with(rudong.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"prefix\":\"楚民养备\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("回执前缀“楚民养备”已由楚雄市使用；两个备案机关共用同一前缀会出具相同的回执编号，请换一个。"));
        mvc.perform(post("/registry/receipt-prefixes/320623").session(login(rudong.supervisor(), PW)).with(csrf())
                        .param("prefix", "楚民养备"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "回执前缀“楚民养备”已由楚雄市使用；两个备案机关共用同一前缀会出具相同的回执编号，请换一个。"));
        assertThatThrownBy(() -> jdbc.sql("insert into receipt_prefix (region_code, prefix) values ('320681', '楚民养备')").update())
                .isInstanceOf(DuplicateKeyException.class);

        mvc.perform(put("/api/v1/receipt-prefixes/320623").with(rudong.auth()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"prefix\":\"如东民养备\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.prefix").value("如东民养备"))
                .andExpect(jsonPath("$.origin").value("SET"));
        assertThat(parts(fileOne(rudong)).group(1)).isEqualTo("如东民养备");
    }

    @Test
    @DisplayName("REG-2 a bureau that changes its prefix continues its numbers; the prefix it gave up is not handed to another")
    void changingThePrefixContinuesTheNumbers() throws Exception {
        County rugao = county("320682");
        int before = number(fileOne(rugao));
        mvc.perform(put("/api/v1/receipt-prefixes/320682").with(rugao.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"prefix\":\"皋民养备\"}")).andExpect(status().isOk());
        String after = fileOne(rugao);
        assertThat(parts(after).group(1)).isEqualTo("皋民养备");
        assertThat(number(after)).isEqualTo(before + 1);
        // 如皋's old prefix carries its receipts: 如东 may not take it over
        mvc.perform(put("/api/v1/receipt-prefixes/320623").with(county("320623").auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"prefix\":\"如皋民养备\"}")).andExpect(status().isConflict());
    }

    @Test
    @DisplayName("REG-2 receipt prefixes: a supervisor sees and sets only the bureaus of the own region; others are refused")
    void prefixesWithinTheSupervisorsRegion() throws Exception {
        String page = mvc.perform(get("/registry/receipt-prefixes").session(login("demo-supervisor", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("楚雄彝族自治州民政局", "楚雄市民政局", "楚民养备", "武定县民政局").doesNotContain("海门区民政局");
        mvc.perform(get("/api/v1/receipt-prefixes").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].regionCode").value("532301"));
        mvc.perform(put("/api/v1/receipt-prefixes/320614").with(httpBasic("demo-county", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"prefix\":\"越权民养备\"}")).andExpect(status().isNotFound());
        // a township's bureau takes no filings (prefectures and provinces do, for non-profits registered there: REG-3)
        mvc.perform(put("/api/v1/receipt-prefixes/532301101000").with(httpBasic("demo-county", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"prefix\":\"鹿民养备\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("鹿城镇不是备案机关所在区划（省级、市（州）级或县级），不能设置回执前缀。"));
        mvc.perform(put("/api/v1/receipt-prefixes/532301").with(httpBasic("demo-county", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"prefix\":\"楚 民养备〔\"}")).andExpect(status().isBadRequest());
        for (String user : new String[] {"demo-township", "demo-institution", "sysadmin"}) {
            mvc.perform(get("/api/v1/receipt-prefixes").with(httpBasic(user, DEMO_PASSWORD))).andExpect(status().isForbidden());
        }
    }
}
