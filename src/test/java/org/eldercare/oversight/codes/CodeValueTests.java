package org.eldercare.oversight.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CodeValueTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static String withUsccCheck(String first17) {
        return first17 + Uscc.checkChar(first17);
    }

    private static String withIdCheck(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    private static void assertUsccError(String code, String key) {
        assertThatThrownBy(() -> Uscc.parse(code)).isInstanceOf(InvalidCodeException.class)
                .extracting(e -> ((InvalidCodeException) e).code()).isEqualTo(key);
    }

    private static void assertIdError(String id, String key) {
        assertThatThrownBy(() -> IdNumber.parse(id, TODAY)).isInstanceOf(InvalidCodeException.class)
                .extracting(e -> ((InvalidCodeException) e).code()).isEqualTo(key);
    }

    @Test
    @DisplayName("REG-1 USCC: the standard's example is valid and decodes authority, entity type and region")
    void usccExample() {
        Uscc u = Uscc.parse("91350100M000100Y43");
        assertThat(u.registrationAuthority()).isEqualTo("市场监管（工商）");
        assertThat(u.entityType()).isEqualTo("企业");
        assertThat(u.regionCode()).isEqualTo("350100");
        assertThat(u.organisationCode()).isEqualTo("M000100Y4");
    }

    @Test
    @DisplayName("REG-1 USCC: lower-case input is normalised; a 民政-registered social service institution decodes")
    void usccNormalisedAndCivilAffairs() {
        assertThat(Uscc.parse(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
        Uscc u = Uscc.parse(withUsccCheck("52532301MJ0000001"));
        assertThat(u.registrationAuthority()).isEqualTo("民政");
        assertThat(u.entityType()).isEqualTo("民办非企业单位（社会服务机构）");
        assertThat(u.regionCode()).isEqualTo("532301");
    }

    @Test
    @DisplayName("REG-1 USCC: each kind of error is reported")
    void usccErrors() {
        assertUsccError("", "code.uscc.empty");
        assertUsccError("91350100M000100Y4", "code.uscc.length");
        assertUsccError("91350100I000100Y43", "code.uscc.char");          // I is not in the charset
        assertUsccError("91350100S000100Y43", "code.uscc.char");          // nor S
        assertUsccError(withUsccCheck("B1350100M000100Y4"), "code.uscc.authority");
        assertUsccError(withUsccCheck("94350100M000100Y4"), "code.uscc.entityType");
        assertUsccError(withUsccCheck("9135A100M000100Y4"), "code.uscc.region");
        assertUsccError("91350100M000100Y44", "code.uscc.check");
    }

    @Test
    @DisplayName("ID number: the standard's example is valid; birth date, sex and masking")
    void idNumberExample() {
        IdNumber id = IdNumber.parse("11010519491231002x", TODAY);
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo("女");
        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id.toString()).isEqualTo("110105********002X").doesNotContain("19491231");
        IdNumber man = IdNumber.parse(withIdCheck("53230119800101001"), TODAY);
        assertThat(man.sex()).isEqualTo("男");
        assertThat(man.addressCode()).isEqualTo("532301");
    }

    @Test
    @DisplayName("ID number: each kind of error is reported")
    void idNumberErrors() {
        assertIdError(" ", "code.id.empty");
        assertIdError("110105491231002", "code.id.old15");
        assertIdError("11010519491231002", "code.id.length");
        assertIdError("1101051949123100AX", "code.id.chars");
        assertIdError("11010519491231002Y", "code.id.chars");
        assertIdError(withIdCheck("99010519491231002"), "code.id.address");
        assertIdError(withIdCheck("11010519490231002"), "code.id.birthInvalid");   // 2月31日
        assertIdError(withIdCheck("11010518991231002"), "code.id.birthInvalid");   // before 1900
        assertIdError(withIdCheck("11010520261125002"), "code.id.birthFuture");    // tomorrow
        assertIdError("110105194912310021", "code.id.check");
        assertThat(IdNumber.parse(withIdCheck("11010520261124002"), TODAY).birthDate()).isEqualTo(TODAY); // born today is fine
    }

    @Test
    @DisplayName("Mobile phone: 11 digits starting 13–19, +86 and separators accepted, masked 138****5678")
    void mobile() {
        assertThat(MobilePhone.parse("13812345678").masked()).isEqualTo("138****5678");
        assertThat(MobilePhone.parse("+86 138-1234-5678").value()).isEqualTo("13812345678");
        assertThat(MobilePhone.parse("19912345678").toString()).isEqualTo("199****5678");
        assertThat(MobilePhone.isValid("12812345678")).isFalse();
        assertThat(MobilePhone.isValid("1381234567")).isFalse();
        assertThat(MobilePhone.isValid("138123456789")).isFalse();
        assertThat(MobilePhone.isValid("1381234567a")).isFalse();
        assertThatThrownBy(() -> MobilePhone.parse("")).extracting(e -> ((InvalidCodeException) e).code()).isEqualTo("code.mobile.empty");
    }
}
