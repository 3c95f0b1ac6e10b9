package org.eldercare.oversight.inspection.onsite;

import java.nio.charset.StandardCharsets;

/**
 * Reads the EXIF {@code DateTimeOriginal} (tag 0x9003) of a JPEG photo, minimally: the APP1 "Exif" segment, its TIFF header
 * (either byte order), IFD0's pointer to the Exif IFD (tag 0x8769) and the tag there. Anything missing or malformed gives
 * null; nothing here trusts the file's offsets beyond the segment's bounds.
 */
final class ExifTime {

    private ExifTime() {
    }

    /** "yyyy-MM-dd HH:mm:ss" as the camera wrote it, or null. */
    static String of(byte[] jpeg) {
        try {
            return read(jpeg);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String read(byte[] b) {
        if (b == null || b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return null;
        }
        int p = 2;
        while (p + 4 <= b.length && (b[p] & 0xFF) == 0xFF) {
            int marker = b[p + 1] & 0xFF;
            int length = ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
            if (marker == 0xE1 && p + 10 <= b.length && new String(b, p + 4, 4, StandardCharsets.US_ASCII).equals("Exif")) {
                return tiff(b, p + 10, Math.min(b.length, p + 2 + length));
            }
            if (marker == 0xDA || length < 2) {
                return null;
            }
            p += 2 + length;
        }
        return null;
    }

    private static String tiff(byte[] b, int start, int end) {
        boolean little = b[start] == 'I';
        Tiff t = new Tiff(b, start, end, little);
        long ifd0 = t.u32(4);
        long exif = t.tag(ifd0, 0x8769, false);
        if (exif < 0) {
            return null;
        }
        long at = t.tag(exif, 0x9003, true);
        if (at < 0 || start + at + 19 > end) {
            return null;
        }
        String raw = new String(b, (int) (start + at), 19, StandardCharsets.US_ASCII);
        if (!raw.matches("\\d{4}:\\d{2}:\\d{2} \\d{2}:\\d{2}:\\d{2}")) {
            return null;
        }
        return raw.substring(0, 4) + "-" + raw.substring(5, 7) + "-" + raw.substring(8);
    }

    private record Tiff(byte[] b, int start, int end, boolean little) {

        int u16(long off) {
            int i = check(off, 2);
            return little ? (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8) : ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
        }

        long u32(long off) {
            int i = check(off, 4);
            long v = little ? (b[i] & 0xFFL) | ((b[i + 1] & 0xFFL) << 8) | ((b[i + 2] & 0xFFL) << 16) | ((b[i + 3] & 0xFFL) << 24)
                    : ((b[i] & 0xFFL) << 24) | ((b[i + 1] & 0xFFL) << 16) | ((b[i + 2] & 0xFFL) << 8) | (b[i + 3] & 0xFFL);
            return v;
        }

        /** The value (a pointer or an offset to the value) of {@code tag} in the IFD at {@code ifd}; -1 when absent. */
        long tag(long ifd, int tag, boolean offsetOfValue) {
            int count = u16(ifd);
            for (int k = 0; k < count && k < 500; k++) {
                long entry = ifd + 2 + 12L * k;
                if (u16(entry) == tag) {
                    return u32(entry + 8);
                }
            }
            return -1;
        }

        private int check(long off, int n) {
            if (off < 0 || start + off + n > end) {
                throw new IndexOutOfBoundsException();
            }
            return (int) (start + off);
        }
    }
}
