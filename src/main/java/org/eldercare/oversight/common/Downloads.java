package org.eldercare.oversight.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
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

    /**
     * An .xlsx file to save, written straight to the response while {@code producer} reads its rows chunk by chunk (keyset
     * pages): the export of a list that can grow never holds the whole list in memory. Check access before calling; once
     * the first bytes are sent the status cannot change.
     */
    public static void excel(HttpServletResponse response, String filename, String sheet, List<String> headers,
                             Consumer<Excel.Rows> producer) throws IOException {
        response.setContentType(Excel.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename, false));
        response.setHeader("X-Content-Type-Options", "nosniff");
        Excel.stream(response.getOutputStream(), sheet, headers, producer);
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
