package org.eldercare.oversight.codes;

/** Mainland mobile number: 11 digits starting 13–19. Spaces, hyphens and a +86 prefix are accepted and dropped. */
public record MobilePhone(String value) {

    public static MobilePhone parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidCodeException("code.mobile.empty");
        }
        String s = raw.replaceAll("[\\s-]", "");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        }
        if (!s.matches("1[3-9]\\d{9}")) {
            throw new InvalidCodeException("code.mobile.invalid");
        }
        return new MobilePhone(s);
    }

    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidCodeException e) {
            return false;
        }
    }

    /** 138****5678 */
    public String masked() {
        return mask(value);
    }

    public static String mask(String phone) {
        return phone == null || phone.length() != 11 ? phone : phone.substring(0, 3) + "****" + phone.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
