package org.eldercare.oversight.registry.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** REG-2 materials are recognised by their content, and their names are made safe to store and serve. */
class FilingAttachmentsTests {

    @Test
    @DisplayName("REG-2: PDF, JPEG and PNG are recognised by their magic numbers")
    void recognisesTheThreeAcceptedTypes() {
        assertThat(FilingAttachments.detectType("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
        assertThat(FilingAttachments.detectType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo("image/jpeg");
        assertThat(FilingAttachments.detectType(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
                .isEqualTo("image/png");
    }

    @Test
    @DisplayName("REG-2: a file named .pdf that is really something else is not accepted")
    void aRenamedFileIsRefused() {
        assertThat(FilingAttachments.detectType("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(FilingAttachments.detectType(new byte[] {'P', 'K', 3, 4})).isNull();
        assertThat(FilingAttachments.detectType(new byte[0])).isNull();
    }

    @Test
    @DisplayName("REG-2: path separators and control characters in an uploaded name are replaced; a blank name becomes 附件")
    void uploadedNamesAreMadeSafe() {
        assertThat(FilingAttachments.safeName("../../etc/营业执照.pdf")).isEqualTo(".._.._etc_营业执照.pdf");
        assertThat(FilingAttachments.safeName("a\u0000b\r\n.pdf")).isEqualTo("a_b__.pdf");
        assertThat(FilingAttachments.safeName("  ")).isEqualTo("附件");
        assertThat(FilingAttachments.safeName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }
}
