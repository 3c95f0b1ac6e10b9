package org.eldercare.oversight.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * File responses with a Chinese file name (RFC 6266 / RFC 5987 {@code filename*}): Excel and other attachments are
 * saved, PDFs and uploaded materials open in the browser. Every response says {@code nosniff}.
 */
public final class Downloads {

    private Downloads() {
    }

    /** An .xlsx file to save. */
    public static ResponseEntity<byte[]> excel(byte[] content, String filename) {
        return file(content, filename, MediaType.parseMediaType(Excel.CONTENT_TYPE), false);
    }

    /** A PDF shown in the browser (printable). */
    public static ResponseEntity<byte[]> pdf(byte[] content, String filename) {
        return file(content, filename, MediaType.APPLICATION_PDF, true);
    }

    /** Any content; {@code inline} opens it in the browser, otherwise it is saved. */
    public static ResponseEntity<byte[]> file(byte[] content, String filename, MediaType type, boolean inline) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename, inline))
                .header("X-Content-Type-Options", "nosniff")
                .contentType(type).body(content);
    }

    /** {@code attachment; filename*=UTF-8''…} with the name percent-encoded (spaces as %20). */
    public static String contentDisposition(String filename, boolean inline) {
        return (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
