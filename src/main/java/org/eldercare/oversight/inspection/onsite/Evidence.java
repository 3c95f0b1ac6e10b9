package org.eldercare.oversight.inspection.onsite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Photos and signatures of records. A photo is stored with its SHA-256, its EXIF DateTimeOriginal if present and the upload
 * time; it is flagged as a duplicate when the same bytes were already used in another record. A signature is a PNG drawn
 * on screen, posted as a data URL.
 */
@Component
class Evidence {

    static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;
    private static final String PNG_URL = "data:image/png;base64,";
    private static final int MAX_SIGNATURE_BYTES = 512 * 1024;
    private final JdbcClient jdbc;

    Evidence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored photo as lists show it (no bytes). */
    public record Photo(long id, String itemCode, String fileName, String sha256, String exifTaken, Instant uploadedAt, boolean duplicate) {
    }

    /** A stored signature. */
    public record Signature(String signerRole, String signerName, byte[] png) {

        public String dataUrl() {
            return PNG_URL + Base64.getEncoder().encodeToString(png);
        }
    }

    Photo addPhoto(long recordId, String itemCode, String fileName, String contentType, byte[] content, String by, Instant now) {
        if (content == null || content.length == 0) {
            throw PlatformException.badRequest("inspection.photo.empty");
        }
        if (content.length > MAX_PHOTO_BYTES) {
            throw PlatformException.badRequest("inspection.photo.tooLarge");
        }
        if (contentType == null || !contentType.startsWith("image/")) {
            throw PlatformException.badRequest("inspection.photo.notImage");
        }
        String sha = sha256(content);
        boolean duplicate = duplicateOf(sha, recordId);
        String exif = ExifTime.of(content);
        String name = fileName == null || fileName.isBlank() ? "photo" : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        long id = jdbc.sql("""
                insert into inspection_photo (record_id, item_code, file_name, content_type, content, sha256, exif_taken, uploaded_at,
                                              uploaded_by, duplicate)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(recordId, itemCode, name, contentType, content, sha, exif, Timestamp.from(now), by, duplicate)
                .query(Long.class).single();
        return new Photo(id, itemCode, name, sha, exif, now, duplicate);
    }

    /** Whether a photo with these bytes is already part of a record other than {@code recordId}. */
    boolean duplicateOf(String sha, long recordId) {
        return jdbc.sql("select exists (select 1 from inspection_photo where sha256 = ? and record_id <> ?)").params(sha, recordId)
                .query(Boolean.class).single();
    }

    List<Photo> photos(long recordId) {
        return jdbc.sql("""
                select id, item_code, file_name, sha256, exif_taken, uploaded_at, duplicate from inspection_photo
                where record_id = ? order by id""").param(recordId)
                .query((rs, n) -> new Photo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getBoolean(7))).list();
    }

    /** Copies a corrected record's photos to its correction (same bytes, same hash; not flagged: the same evidence). */
    void carryPhotos(long fromRecord, long toRecord) {
        jdbc.sql("""
                insert into inspection_photo (record_id, item_code, file_name, content_type, content, sha256, exif_taken, uploaded_at,
                                              uploaded_by, duplicate)
                select ?, item_code, file_name, content_type, content, sha256, exif_taken, uploaded_at, uploaded_by, duplicate
                from inspection_photo where record_id = ?""").params(toRecord, fromRecord).update();
    }

    void sign(long recordId, String role, String name, String dataUrl, Instant now) {
        jdbc.sql("insert into inspection_signature (record_id, signer_role, signer_name, png, signed_at) values (?, ?, ?, ?, ?)")
                .params(recordId, role, name, png(dataUrl), Timestamp.from(now)).update();
    }

    List<Signature> signatures(long recordId) {
        return jdbc.sql("select signer_role, signer_name, png from inspection_signature where record_id = ? order by signer_role")
                .param(recordId).query((rs, n) -> new Signature(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
    }

    /** The PNG of a signature posted as a data URL; anything else is a Chinese 400. */
    static byte[] png(String dataUrl) {
        if (dataUrl == null || !dataUrl.startsWith(PNG_URL)) {
            throw PlatformException.badRequest("inspection.signature.invalid");
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(dataUrl.substring(PNG_URL.length()).getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw PlatformException.badRequest("inspection.signature.invalid");
        }
        if (png.length < 8 || png.length > MAX_SIGNATURE_BYTES || (png[0] & 0xFF) != 0x89 || png[1] != 'P' || png[2] != 'N'
                || png[3] != 'G') {
            throw PlatformException.badRequest("inspection.signature.invalid");
        }
        try {
            if (javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)) == null) {
                throw PlatformException.badRequest("inspection.signature.invalid");
            }
        } catch (java.io.IOException e) {
            throw PlatformException.badRequest("inspection.signature.invalid");
        }
        return png;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
