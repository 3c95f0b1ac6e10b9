package org.eldercare.oversight.registry.crosscheck;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Test data for the plain unit tests of the cross-check: valid codes, files, and the real Chinese messages. */
final class Registrations {

    static final String HEADER = "统一社会信用代码,名称,登记机关类型,经营范围,地址,登记日期";
    /** The platform's message bundle, as the service resolves refusals (no Spring context needed). */
    static final Function<PlatformException, String> REASONS = messages()::of;

    private Registrations() {
    }

    /** A valid 统一社会信用代码 of a company (91) registered in {@code county}, numbered {@code n}. */
    static String code(String county, int n) {
        return Uscc.complete("91" + county + String.format("MA%07d", n)).value();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] in(String charset, String text) {
        return text.getBytes(Charset.forName(charset));
    }

    static RegistrationRows read(byte[] content) {
        return RegistrationRows.read(content, REASONS);
    }

    static RegistrationRows read(String utf8Text) {
        return read(utf8(utf8Text));
    }

    private static Messages messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }
}
