package org.eldercare.oversight.inspection.spotcheck;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * xoshiro256** 1.0 (Blackman and Vigna, 2018), written out here so that a draw never changes with the JDK: the state is
 * the SHA-256 of the draw's seed and a stream name (four big-endian longs), and every number follows from it alone
 * (ADR 0021).
 */
final class Xoshiro256 {

    private long s0;
    private long s1;
    private long s2;
    private long s3;

    /** The stream {@code stream} ("objects", "inspectors") of the seed given as lowercase hex. */
    Xoshiro256(String seedHex, String stream) {
        ByteBuffer state = ByteBuffer.wrap(sha256((seedHex + ":" + stream).getBytes(StandardCharsets.US_ASCII)));
        s0 = state.getLong();
        s1 = state.getLong();
        s2 = state.getLong();
        s3 = state.getLong();
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = 1;
        }
    }

    long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** A uniform double in (0, 1]: the top 53 bits plus one, times 2^-53 (never 0, so its logarithm is finite). */
    double nextOpenDouble() {
        return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
    }

    /** A uniform int in [0, bound), without modulo bias (rejection as in java.util.Random#nextInt). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long bits;
        long value;
        do {
            bits = nextLong() >>> 1;
            value = bits % bound;
        } while (bits - value + (bound - 1) < 0);
        return (int) value;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
