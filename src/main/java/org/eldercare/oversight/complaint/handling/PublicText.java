package org.eldercare.oversight.complaint.handling;

/** Masks what looks like a mobile number, a landline or a 公民身份号码 in a text shown to the public. */
public final class PublicText {

    private PublicText() {
    }

    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        return text.replaceAll("(?<!\\d)(\\d{6})\\d{8}(\\d{3}[\\dXx])(?![\\dXx])", "$1********$2")
                .replaceAll("(?<!\\d)(1[3-9]\\d)\\d{8}(?!\\d)", "$1********")
                .replaceAll("(?<!\\d)(0\\d{2,3}-?)\\d{7,8}(?!\\d)", "$1********");
    }
}
