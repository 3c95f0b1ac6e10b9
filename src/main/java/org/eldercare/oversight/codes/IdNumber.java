package org.eldercare.oversight.codes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit order code (odd = male), check
 * character (0–9 or X). Personal data: show it only masked ({@link #masked()}); store it encrypted.
 * {@link #toString()} is masked too, so a number never reaches a log by accident.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82", "83");

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses and validates against {@code today} (a birth date may not lie in the future). */
    public static IdNumber parse(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidCodeException("code.id.empty");
        }
        String s = raw.trim().toUpperCase(Locale.ROOT);
        if (s.length() == 15 && s.chars().allMatch(Character::isDigit)) {
            throw new InvalidCodeException("code.id.old15");
        }
        if (s.length() != 18) {
            throw new InvalidCodeException("code.id.length", s.length());
        }
        if (!s.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9') || CHECK.indexOf(s.charAt(17)) < 0) {
            throw new InvalidCodeException("code.id.chars");
        }
        if (!PROVINCES.contains(s.substring(0, 2))) {
            throw new InvalidCodeException("code.id.address");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidCodeException("code.id.birthInvalid");
        }
        if (birth.isBefore(LocalDate.of(1900, 1, 1))) {
            throw new InvalidCodeException("code.id.birthInvalid");
        }
        if (birth.isAfter(today)) {
            throw new InvalidCodeException("code.id.birthFuture");
        }
        if (s.charAt(17) != checkChar(s.substring(0, 17))) {
            throw new InvalidCodeException("code.id.check");
        }
        return new IdNumber(s, birth);
    }

    static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The full number: only for encryption, blind indexing and the audited reveal. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** 男 or 女, from the parity of the 17th digit. */
    public String sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? "男" : "女";
    }

    public String addressCode() {
        return value.substring(0, 6);
    }

    /** First 6 and last 4 kept: 532301********1234. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String number) {
        if (number == null || number.length() < 10) {
            return number == null ? null : "*".repeat(number.length());
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
