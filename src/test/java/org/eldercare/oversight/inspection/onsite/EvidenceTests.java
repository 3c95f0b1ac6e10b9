package org.eldercare.oversight.inspection.onsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eldercare.oversight.common.PlatformException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** INS-5 evidence: the EXIF time of a photo, its hash, and the signature's PNG data URL. */
class EvidenceTests {

    /** A minimal JPEG with an APP1 Exif segment: IFD0 → Exif IFD → DateTimeOriginal, in {@code little} or big endian. */
    static byte[] jpegWithExif(String dateTime, boolean little) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        Writer w = new Writer(tiff, little);
        tiff.writeBytes(little ? new byte[] {'I', 'I'} : new byte[] {'M', 'M'});
        w.u16(42);
        w.u32(8);                 // IFD0 at 8
        w.u16(1);                 // one entry
        w.u16(0x8769); w.u16(4); w.u32(1); w.u32(26); // Exif IFD pointer → 26
        w.u32(0);                 // no next IFD (ends at 26)
        w.u16(1);                 // Exif IFD: one entry
        w.u16(0x9003); w.u16(2); w.u32(20); w.u32(44); // DateTimeOriginal, ASCII, 20 bytes at 44
        w.u32(0);
        tiff.writeBytes((dateTime + "\0").getBytes(StandardCharsets.US_ASCII));
        byte[] body = tiff.toByteArray();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        jpeg.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1});
        int length = 2 + 6 + body.length;
        jpeg.write(length >> 8);
        jpeg.write(length & 0xFF);
        jpeg.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        jpeg.writeBytes(body);
        jpeg.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return jpeg.toByteArray();
    }

    private record Writer(ByteArrayOutputStream out, boolean little) {
        void u16(int v) {
            if (little) { out.write(v & 0xFF); out.write(v >> 8 & 0xFF); } else { out.write(v >> 8 & 0xFF); out.write(v & 0xFF); }
        }

        void u32(long v) {
            if (little) { u16((int) (v & 0xFFFF)); u16((int) (v >> 16)); } else { u16((int) (v >> 16)); u16((int) (v & 0xFFFF)); }
        }
    }

    @Test
    @DisplayName("INS-5: a photo's EXIF DateTimeOriginal is read in either byte order; a photo without one gives none")
    void exifTime() {
        assertThat(ExifTime.of(jpegWithExif("2026:03:02 09:15:30", true))).isEqualTo("2026-03-02 09:15:30");
        assertThat(ExifTime.of(jpegWithExif("2025:12:31 23:59:59", false))).isEqualTo("2025-12-31 23:59:59");
        assertThat(ExifTime.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9})).isNull();
        assertThat(ExifTime.of("not a photo".getBytes(StandardCharsets.UTF_8))).isNull();
        byte[] truncated = jpegWithExif("2026:03:02 09:15:30", true);
        assertThat(ExifTime.of(java.util.Arrays.copyOf(truncated, 30))).isNull();
    }

    @Test
    @DisplayName("INS-5: a photo's SHA-256 is the hex digest of its bytes")
    void sha256() {
        assertThat(Evidence.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    @DisplayName("INS-5: a signature must be a PNG data URL; anything else is a Chinese 400")
    void signature() {
        byte[] png = org.eldercare.oversight.inspection.InspectionFixtures.png();
        String url = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        assertThat(Evidence.png(url)).isEqualTo(png);
        assertThatThrownBy(() -> Evidence.png("")).isInstanceOf(PlatformException.class);
        byte[] headerOnly = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        assertThatThrownBy(() -> Evidence.png("data:image/png;base64," + Base64.getEncoder().encodeToString(headerOnly)))
                .as("a PNG header without an image").isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> Evidence.png(null)).isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> Evidence.png("data:image/png;base64,@@@")).isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> Evidence.png("data:image/png;base64," + Base64.getEncoder().encodeToString("GIF89a".getBytes())))
                .isInstanceOf(PlatformException.class);
    }
}
