package org.eldercare.oversight.identity;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/** Temporary passwords an administrator hands over once; the account must change it at first login. */
final class TemporaryPasswords {

    private static final String CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String next() {
        return next(RANDOM);
    }

    /**
     * 13 characters without look-alikes (no I, l, O, 0, 1): an upper-case letter, a lower-case letter, a digit,
     * nine more letters or digits and a symbol, so it always meets the 3-of-4 class rule.
     */
    static String next(RandomGenerator random) {
        StringBuilder sb = new StringBuilder();
        sb.append(CHARS.charAt(random.nextInt(24))); // an upper-case letter
        sb.append(LOWER.charAt(random.nextInt(24)));
        sb.append(DIGITS.charAt(random.nextInt(8)));
        for (int i = 0; i < 9; i++) {
            sb.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        sb.append('#');
        return sb.toString();
    }
}
