package org.eldercare.oversight.registry.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eldercare.oversight.registry.crosscheck.Registrations.HEADER;
import static org.eldercare.oversight.registry.crosscheck.Registrations.code;
import static org.eldercare.oversight.registry.crosscheck.Registrations.in;
import static org.eldercare.oversight.registry.crosscheck.Registrations.read;

import java.nio.charset.Charset;
import java.time.LocalDate;
import org.eldercare.oversight.common.PlatformException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The registration file reader and row checker (REG-4): plain unit tests, no Spring context. */
class RegistrationRowsTests {

    private static final String A = code("532325", 1);
    private static final String B = code("532325", 2);
    private static final String C = code("532325", 3);

    private static String row(String code, String name, String scope) {
        return code + "," + name + ",市场监管," + scope + ",姚安县栋川镇,2024-01-02";
    }

    // --- RFC 4180 (Apache Commons CSV) ---

    @Test
    void aQuotedFieldMayHoldACommaAndStaysOneCell() {
        RegistrationRows rows = read(HEADER + "\n" + A + ",夕阳红养老院,市场监管,\"养老服务,餐饮服务\",姚安县,2024-01-02\n");

        assertThat(rows.badRows()).isEmpty();
        assertThat(rows.candidates()).singleElement().satisfies(c -> {
            assertThat(c.scope()).isEqualTo("养老服务,餐饮服务");
            assertThat(c.address()).isEqualTo("姚安县");
        });
    }

    @Test
    void aDoubledQuoteInsideAQuotedFieldIsOneQuoteCharacter() {
        RegistrationRows rows = read(HEADER + "\n" + A + ",\"夕阳红\"\"老年之家\"\"\",市场监管,养老服务,姚安县,2024-01-02\n");

        assertThat(rows.candidates()).singleElement().extracting(RegistrationRows.Candidate::name).isEqualTo("夕阳红\"老年之家\"");
    }

    @Test
    void aQuotedFieldMayHoldALineBreakAndTheNextRowKeepsItsFileLineNumber() {
        String csv = HEADER + "\n"
                + A + ",夕阳红养老院,市场监管,养老服务,\"姚安县栋川镇\n龙华村3号\",2024-01-02\n"
                + "91532325XXXXXXXXXX,代码错误的公司,市场监管,养老服务,姚安县,2024-01-02\n"
                + row(B, "幸福家园", "居家养老服务") + "\n";

        RegistrationRows rows = read(csv);

        assertThat(rows.candidates()).extracting(RegistrationRows.Candidate::line).containsExactly(2, 5);
        assertThat(rows.candidates().get(0).address()).isEqualTo("姚安县栋川镇\n龙华村3号");
        assertThat(rows.badRows()).extracting(BadRow::line).containsExactly(4);
    }

    @Test
    void crlfLineEndsReadLikeLfAlsoInsideQuotesAndLeaveNoCarriageReturnInACell() {
        String csv = HEADER + "\r\n"
                + A + ",夕阳红养老院,市场监管,养老服务,\"栋川镇\r\n龙华村\",2024-01-02\r\n"
                + row(A, "重复代码的机构", "养老服务") + "\r\n";

        RegistrationRows rows = read(csv);

        assertThat(rows.candidates()).singleElement().satisfies(c -> {
            assertThat(c.line()).isEqualTo(2);
            assertThat(c.address()).isEqualTo("栋川镇\r\n龙华村");
            assertThat(c.registeredOn()).isEqualTo(LocalDate.of(2024, 1, 2));
        });
        assertThat(rows.badRows()).containsExactly(new BadRow(4, "统一社会信用代码与第2行重复"));
    }

    @Test
    void aTrailingNewlineAddsNoRowAndALastLineWithoutOneStillCounts() {
        assertThat(read(HEADER + "\n" + row(A, "甲养老院", "养老服务") + "\n").totalRows()).isEqualTo(1);
        assertThat(read(HEADER + "\n" + row(A, "甲养老院", "养老服务")).candidates())
                .singleElement().extracting(RegistrationRows.Candidate::name).isEqualTo("甲养老院");
    }

    @Test
    void emptyLinesAreSkippedButStillCountInTheFileLineNumbers() {
        String csv = HEADER + "\n\n" + row(A, "甲养老院", "养老服务") + "\n,,,,,\n   \n" + row(B, "乙养老院", "养老服务") + "\n\n";

        RegistrationRows rows = read(csv);

        assertThat(rows.totalRows()).isEqualTo(2);
        assertThat(rows.candidates()).extracting(RegistrationRows.Candidate::line).containsExactly(3, 6);
    }

    // --- encodings ---

    @Test
    void aUtf8ByteOrderMarkIsDroppedSoTheFirstHeaderIsStillRecognised() {
        RegistrationRows rows = read("\uFEFF" + HEADER + "\n" + row(A, "甲养老院", "养老服务") + "\n");

        assertThat(rows.encoding()).isEqualTo("UTF-8");
        assertThat(rows.candidates()).singleElement().extracting(c -> c.uscc().value()).isEqualTo(A);
    }

    @Test
    void aGbkFileIsDecodedAndReportedAsGbk() {
        RegistrationRows rows = Registrations.read(in("GBK", HEADER + "\n" + row(A, "栋川镇夕阳红养老院", "养老服务；餐饮服务") + "\n"));

        assertThat(rows.encoding()).isEqualTo("GBK");
        assertThat(rows.candidates()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("栋川镇夕阳红养老院");
            assertThat(c.scope()).isEqualTo("养老服务；餐饮服务");
        });
    }

    @Test
    void charactersOnlyGb18030CanEncodeAreReadToo() {
        String name = "䶮𠀀颐养院";
        assertThat(Charset.forName("GBK").newEncoder().canEncode(name)).as("the name needs GB18030").isFalse();

        RegistrationRows rows = Registrations.read(in("GB18030", HEADER + "\n" + row(A, name, "养老服务") + "\n"));

        assertThat(rows.encoding()).isEqualTo("GBK");
        assertThat(rows.candidates()).singleElement().extracting(RegistrationRows.Candidate::name).isEqualTo(name);
    }

    // --- columns ---

    @Test
    void headersAreFoundByTheirChineseNamesInAnyOrder() {
        String csv = "机构名称,住所,统一社会信用代码,业务范围,成立日期,登记 机关\n"
                + "金碧镇老年服务站,大姚县金碧镇," + A + ",养老服务,2024-05-06,民政局\n";

        assertThat(read(csv).candidates()).singleElement().satisfies(c -> {
            assertThat(c.uscc().value()).isEqualTo(A);
            assertThat(c.name()).isEqualTo("金碧镇老年服务站");
            assertThat(c.registrar()).isEqualTo("民政");
            assertThat(c.scope()).isEqualTo("养老服务");
            assertThat(c.address()).isEqualTo("大姚县金碧镇");
            assertThat(c.registeredOn()).isEqualTo(LocalDate.of(2024, 5, 6));
        });
    }

    @Test
    void withoutAHeaderTheColumnsAreTakenInTheDocumentedOrderFromLineOne() {
        RegistrationRows rows = read(row(A, "甲养老院", "养老服务") + "\n" + row(B, "乙养老院", "养老服务") + "\n");

        assertThat(rows.candidates()).extracting(RegistrationRows.Candidate::line).containsExactly(1, 2);
        assertThat(rows.candidates().get(1).registrar()).isEqualTo("市场监管");
    }

    @Test
    void aFileWithoutTheScopeColumnIsRefusedNamingTheRequiredColumns() {
        assertThatThrownBy(() -> read("统一社会信用代码,名称,地址\n" + A + ",甲养老院,姚安县\n"))
                .isInstanceOf(PlatformException.class).extracting("code").isEqualTo("registry.import.columns");
    }

    // --- bad rows, with their Chinese reasons ---

    @Test
    void anInvalidCodeIsABadRowWithTheCodesOwnChineseReason() {
        RegistrationRows rows = read(HEADER + "\n91532325XXXXXXXXXX,甲,市场监管,养老服务,姚安县,2024-01-02\n123,乙,民政,养老服务,,\n");

        assertThat(rows.badRows()).containsExactly(new BadRow(2, "校验码（第18位）不正确，请核对代码是否抄错。"),
                new BadRow(3, "统一社会信用代码应为18位，当前为3位。"));
        assertThat(rows.candidates()).isEmpty();
    }

    @Test
    void anEmptyNameAndAnUnknownRegistrarAreBadRows() {
        RegistrationRows rows = read(HEADER + "\n" + A + ",,市场监管,养老服务,姚安县,\n" + B + ",乙养老院,卫健,养老服务,姚安县,\n");

        assertThat(rows.badRows()).containsExactly(new BadRow(2, "名称为空"),
                new BadRow(3, "登记机关类型“卫健”无效，应为市场监管、民政或事业单位"));
    }

    @Test
    void registrarsAreRecognisedAsOfficesWriteThem() {
        assertThat(RegistrationRows.registrar("工商行政管理局")).isEqualTo("市场监管");
        assertThat(RegistrationRows.registrar("县市场监管局")).isEqualTo("市场监管");
        assertThat(RegistrationRows.registrar("民 政 局")).isEqualTo("民政");
        assertThat(RegistrationRows.registrar("事业单位登记管理局")).isEqualTo("事业单位");
        assertThat(RegistrationRows.registrar("")).isNull();
    }

    @Test
    void registrationDatesAreReadInTheUsualChineseSpellingsAndAnyOtherIsABadRow() {
        String csv = HEADER + "\n" + A + ",甲,民政,养老服务,,2021/3/4\n" + B + ",乙,民政,养老服务,,20220506\n"
                + C + ",丙,民政,养老服务,,2023年7月8日\n" + code("532325", 4) + ",丁,民政,养老服务,,2024.5.6\n"
                + code("532325", 5) + ",戊,民政,养老服务,,\n" + code("532325", 6) + ",己,民政,养老服务,,2023-13-45\n";

        RegistrationRows rows = read(csv);

        assertThat(rows.candidates()).extracting(RegistrationRows.Candidate::registeredOn).containsExactly(LocalDate.of(2021, 3, 4),
                LocalDate.of(2022, 5, 6), LocalDate.of(2023, 7, 8), LocalDate.of(2024, 5, 6), null);
        assertThat(rows.badRows()).containsExactly(new BadRow(7, "登记日期“2023-13-45”无法识别（应为 yyyy-MM-dd）"));
    }

    @Test
    @DisplayName("#9-7: a date that does not exist (2026/2/30, 2025年2月29日) is a bad row, not quietly moved to another day")
    void aDateThatDoesNotExistIsABadRow() {
        String csv = HEADER + "\n" + A + ",甲,民政,养老服务,,2026/2/30\n" + B + ",乙,民政,养老服务,,2025年2月29日\n"
                + C + ",丙,民政,养老服务,,2024/2/29\n";

        RegistrationRows rows = read(csv);

        assertThat(rows.badRows()).containsExactly(new BadRow(2, "登记日期“2026/2/30”无法识别（应为 yyyy-MM-dd）"),
                new BadRow(3, "登记日期“2025年2月29日”无法识别（应为 yyyy-MM-dd）"));
        assertThat(rows.candidates()).extracting(RegistrationRows.Candidate::registeredOn).containsExactly(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aRepeatedCodeIsABadRowNamingTheLineItFirstAppearedOnWhateverItsLetterCase() {
        String csv = HEADER + "\n" + row(A, "甲养老院", "养老服务") + "\n" + row(B, "乙养老院", "养老服务") + "\n"
                + row(A.toLowerCase(), "甲养老院分院", "养老服务") + "\n";

        RegistrationRows rows = read(csv);

        assertThat(rows.badRows()).containsExactly(new BadRow(4, "统一社会信用代码与第2行重复"));
        assertThat(rows.candidates()).hasSize(2);
    }

    // --- scope ---

    @Test
    void rowsWhoseScopeDoesNotMentionElderlyCareAreSkippedAndCountedNotRejected() {
        RegistrationRows rows = read(HEADER + "\n" + row(A, "甲养老院", "机构养老服务") + "\n" + row(B, "某餐馆", "餐饮服务") + "\n");

        assertThat(rows.totalRows()).isEqualTo(2);
        assertThat(rows.skippedRows()).isEqualTo(1);
        assertThat(rows.badRows()).isEmpty();
        assertThat(rows.candidates()).extracting(RegistrationRows.Candidate::name).containsExactly("甲养老院");
    }

    @Test
    void aBadRowIsReportedEvenWhenItsScopeIsNotAboutElderlyCare() {
        RegistrationRows rows = read(HEADER + "\n" + B + ",,市场监管,餐饮服务,姚安县,\n");

        assertThat(rows.badRows()).containsExactly(new BadRow(2, "名称为空"));
        assertThat(rows.skippedRows()).isZero();
    }

    @Test
    void longValuesAreCutToTheWidthsOfTheirColumns() {
        String name = "养".repeat(250);
        String address = "址".repeat(400);
        RegistrationRows rows = read(HEADER + "\n" + A + "," + name + ",民政,养老服务," + address + ",\n");

        assertThat(rows.candidates()).singleElement().satisfies(c -> {
            assertThat(c.name()).hasSize(200);
            assertThat(c.address()).hasSize(300);
        });
    }
}
