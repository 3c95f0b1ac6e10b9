package org.eldercare.oversight.bench;

import java.time.LocalDate;
import org.eldercare.oversight.codes.Uscc;

/**
 * The codes of the benchmark's synthetic data (issue #15): a 统一社会信用代码 per institution and a 公民身份号码 per staff
 * member, both derived from a running number, so they are unique over the whole data set and the same for every run.
 * Kept with the tests because {@code SyntheticCodesTests} (part of {@code ./mvnw verify}) proves each one passes the
 * platform's own checks ({@code codes.Uscc}, {@code codes.IdNumber}); the generator itself lives in {@code src/bench/java}.
 */
public final class SyntheticCodes {

    /** The characters of a USCC (GB 32100-2015), as {@code codes.Uscc} accepts them. */
    private static final String USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final LocalDate FIRST_BIRTH_DAY = LocalDate.of(1960, 1, 1);
    /** Birth days spread over 1960–2003; 7 and 16,000 share no factor, so k → 7k mod 16,000 is one to one. */
    private static final int BIRTH_DAYS = 16_000;
    /** Person numbers the scheme keeps unique: 1,000 sequence numbers on each of 16,000 days. */
    public static final long MAX_PEOPLE = 1000L * BIRTH_DAYS;

    private SyntheticCodes() {
    }

    /**
     * The USCC of institution number {@code n}: registration authority and entity type by legal form ({@code 91} an
     * enterprise, {@code 52} a 民办非企业单位, {@code 12} a 事业单位), the registrar's county, and an organisation code
     * that is {@code n} written in the USCC alphabet (so codes never repeat), then the check character.
     */
    public static String uscc(String legalForm, String countyCode, long n) {
        String prefix = switch (legalForm) {
            case "FOR_PROFIT" -> "91";
            case "NON_PROFIT" -> "52";
            default -> "12";
        };
        StringBuilder org = new StringBuilder();
        long rest = n;
        for (int i = 0; i < 9; i++) {
            org.append(USCC_CHARSET.charAt((int) (rest % USCC_CHARSET.length())));
            rest /= USCC_CHARSET.length();
        }
        return Uscc.complete(prefix + countyCode.substring(0, 6) + org.reverse()).value();
    }

    /**
     * The ID number of person number {@code n} (below {@link #MAX_PEOPLE}), registered in {@code addressCode} (a county's
     * or a prefecture's six digits): a birth day from 1960 on and a sequence number that together never repeat.
     */
    public static String idNumber(String addressCode, long n) {
        if (n < 0 || n >= MAX_PEOPLE) {
            throw new IllegalArgumentException("person number out of range: " + n);
        }
        LocalDate birth = FIRST_BIRTH_DAY.plusDays((n / 1000) * 7 % BIRTH_DAYS);
        String first17 = addressCode.substring(0, 6) + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first17 + ID_CHECK.charAt(sum % 11);
    }
}
