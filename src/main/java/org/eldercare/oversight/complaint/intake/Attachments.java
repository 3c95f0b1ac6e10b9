package org.eldercare.oversight.complaint.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.Sm3;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A complaint's attachments (photos, documents): at most {@value #MAX_FILES} files of at most 5 MB each, accepted only when
 * their content is a JPEG, PNG or PDF (magic bytes; the name and the declared type are not trusted).
 */
@Component
class Attachments {

    static final int MAX_FILES = 5;
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private final JdbcClient jdbc;
    private final Clock clock;

    Attachments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An uploaded file: its name and bytes. */
    record Upload(String fileName, byte[] content) {
    }

    /** Checks every file before anything is saved: count, size and type by content. */
    static void check(List<Upload> files) {
        if (files.size() > MAX_FILES) {
            throw PlatformException.badRequest("complaint.attachment.tooMany", String.valueOf(MAX_FILES));
        }
        for (Upload f : files) {
            if (f.content().length > MAX_BYTES) {
                throw PlatformException.badRequest("complaint.attachment.tooLarge", name(f), "5");
            }
            if (mediaType(f.content()) == null) {
                throw PlatformException.badRequest("complaint.attachment.type", name(f));
            }
        }
    }

    void save(long complaintId, List<Upload> files) {
        for (Upload f : files) {
            jdbc.sql("""
                    insert into complaint_attachment (complaint_id, file_name, media_type, size, sha256, content, added_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(complaintId, name(f), mediaType(f.content()), f.content().length, Sm3.hash(f.content()), f.content(),
                            java.sql.Timestamp.from(Instant.now(clock))).update();
        }
    }

    /** image/jpeg, image/png or application/pdf by the file's first bytes; null for anything else. */
    static String mediaType(byte[] c) {
        if (starts(c, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(c, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        return starts(c, '%', 'P', 'D', 'F', '-') ? "application/pdf" : null;
    }

    private static boolean starts(byte[] c, int... magic) {
        return c.length >= magic.length && Arrays.equals(Arrays.copyOf(c, magic.length), toBytes(magic));
    }

    private static byte[] toBytes(int[] values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static String name(Upload f) {
        String n = f.fileName() == null || f.fileName().isBlank() ? "附件" : f.fileName().replaceAll("[\\\\/]", "_").trim();
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
