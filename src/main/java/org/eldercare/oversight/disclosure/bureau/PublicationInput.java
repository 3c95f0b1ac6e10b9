package org.eldercare.oversight.disclosure.bureau;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;

/** A checked publication (DIS-2): a Chinese 400 naming the first bad field, before anything is stored. */
record PublicationInput(String regionCode, PublicationCategory category, String title, PolicyLevel level, String typeTag,
                        String summary, String link, LocalDate eventDate, LocalDate publishedOn) {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    static PublicationInput check(Publications.Input in, Publications.Pdf pdf, LocalDate today) {
        String region = required(in.regionCode(), 12, "区划");
        PublicationCategory category = Labelled.parse(PublicationCategory.class, in.category(), "类别");
        String title = required(in.title(), 200, "标题");
        PolicyLevel level = in.level() == null || in.level().isBlank() ? null : Labelled.parse(PolicyLevel.class, in.level(), "层级");
        String tag = optional(in.typeTag(), 10, "类型标签");
        if (tag != null && !tag.matches("[1-4]\\.\\d{1,2}")) {
            throw PlatformException.badRequest("disclosure.publication.typeTag");
        }
        String link = optional(in.link(), 500, "链接");
        if (link != null && !link.matches("https?://\\S+")) {
            throw PlatformException.badRequest("disclosure.publication.link");
        }
        if (in.eventDate() == null) {
            throw PlatformException.badRequest("disclosure.field.required", "形成或变更日期");
        }
        LocalDate published = in.publishedOn() == null ? today : in.publishedOn();
        if (in.eventDate().isAfter(today) || published.isAfter(today) || published.isBefore(in.eventDate())) {
            throw PlatformException.badRequest("disclosure.publication.dates");
        }
        if (pdf != null) {
            if (pdf.content().length > Publications.MAX_PDF || pdf.content().length < PDF_MAGIC.length
                    || !Arrays.equals(Arrays.copyOf(pdf.content(), PDF_MAGIC.length), PDF_MAGIC)) {
                throw PlatformException.badRequest("disclosure.publication.pdf");
            }
            optional(pdf.name(), 200, "文件名");
        }
        return new PublicationInput(region, category, title, level, tag, optional(in.summary(), 2000, "摘要"), link, in.eventDate(),
                published);
    }

    private static String required(String value, int max, String field) {
        String v = optional(value, max, field);
        if (v == null) {
            throw PlatformException.badRequest("disclosure.field.required", field);
        }
        return v;
    }

    private static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.length() > max) {
            throw PlatformException.badRequest("disclosure.field.tooLong", field, max);
        }
        return v;
    }
}
