package org.eldercare.oversight.registry.filing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.Sm3;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The materials attached to a filing (REG-2): PDF, JPG or PNG of at most 20 MB, recognised by content, not by name,
 * each stored with its SM3 digest. The caller has checked that the filing may be read or edited.
 */
@Component
public class FilingAttachments {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    private final JdbcClient jdbc;
    private final Clock clock;

    FilingAttachments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One stored material, as listed on the filing page. */
    public record Attachment(long id, FilingMaterial material, String filename, String contentType, long sizeBytes, String sm3,
                             Instant uploadedAt, String uploadedBy) {
        public String materialLabel() {
            return material.label();
        }
    }

    /** A material's content, for download. */
    public record Content(String filename, String contentType, byte[] content) {
    }

    long add(long filingId, FilingMaterial material, String filename, byte[] content, String by) {
        if (content == null || content.length == 0) {
            throw PlatformException.badRequest("filing.attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw PlatformException.badRequest("filing.attachment.tooLarge");
        }
        String type = detectType(content);
        if (type == null) {
            throw PlatformException.badRequest("filing.attachment.type");
        }
        return jdbc.sql("""
                insert into filing_attachment (filing_id, material, filename, content_type, size_bytes, sm3, content, uploaded_at,
                    uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(filingId, material.name(), safeName(filename), type, content.length, Sm3.hash(content), content,
                        Timestamp.from(Instant.now(clock)), by)
                .query(Long.class).single();
    }

    void remove(long filingId, long attachmentId) {
        if (jdbc.sql("delete from filing_attachment where id = ? and filing_id = ?").params(attachmentId, filingId).update() == 0) {
            throw PlatformException.notFound("filing.attachment.notFound");
        }
    }

    List<Attachment> of(long filingId) {
        return jdbc.sql("select id, material, filename, content_type, size_bytes, sm3, uploaded_at, uploaded_by "
                + "from filing_attachment where filing_id = ? order by id").param(filingId).query(Attachment.class).list();
    }

    Content content(long filingId, long attachmentId) {
        return jdbc.sql("select filename, content_type, content from filing_attachment where id = ? and filing_id = ?")
                .params(attachmentId, filingId).query(Content.class).optional()
                .orElseThrow(() -> PlatformException.notFound("filing.attachment.notFound"));
    }

    /** The kinds of material attached to the filing (REG-11 measures them against the region's checklist). */
    Set<FilingMaterial> attachedMaterials(long filingId) {
        Set<FilingMaterial> attached = EnumSet.noneOf(FilingMaterial.class);
        jdbc.sql("select distinct material from filing_attachment where filing_id = ?").param(filingId).query(String.class).list()
                .forEach(m -> attached.add(FilingMaterial.valueOf(m)));
        return attached;
    }

    static String safeName(String filename) {
        String name = filename == null || filename.isBlank() ? "附件" : filename.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** PDF, JPEG or PNG by their magic numbers; null for anything else. */
    static String detectType(byte[] c) {
        if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
            return "application/pdf";
        }
        if (c.length >= 3 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xD8 && (c[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (c.length >= 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G'
                && c[4] == 0x0D && c[5] == 0x0A && c[6] == 0x1A && c[7] == 0x0A) {
            return "image/png";
        }
        return null;
    }
}
