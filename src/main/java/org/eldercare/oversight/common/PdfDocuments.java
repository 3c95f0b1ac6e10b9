package org.eldercare.oversight.common;

import com.lowagie.text.pdf.BaseFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.xhtmlrenderer.pdf.CJKFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Printable documents (备案回执, notices …): a Thymeleaf template written as well-formed XHTML, laid out by Flying
 * Saucer into a PDF. Chinese text uses a CJK font found on the system (Noto CJK, WenQuanYi, AR PL), embedded as a
 * subset so the document prints the same everywhere; with none installed it falls back to the standard PDF font
 * STSong-Light, which readers supply. Templates name the family {@value #FONT_FAMILY} first and
 * {@value #FALLBACK_FAMILY} after it; the variable {@code fmt} gives them the platform's date formats.
 */
@Component
public class PdfDocuments {

    public static final String FONT_FAMILY = "PlatformCJK";
    public static final String FALLBACK_FAMILY = "STSong-Light-H";
    private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);

    private final ITemplateEngine templates;
    private final Formats formats;
    /** The chosen font as OpenPDF names it ("file.ttc,2" for a face of a collection), or null for the fallback. */
    private final String font;

    public PdfDocuments(ITemplateEngine templates, Formats formats,
                 @Value("${eldercare.pdf.font-files:/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,"
                         + "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,"
                         + "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,/usr/share/fonts/truetype/arphic/uming.ttc}")
                 List<String> fontFiles) {
        this.templates = templates;
        this.formats = formats;
        this.font = findFont(fontFiles);
        log.info(font == null ? "PDF documents: no CJK font file found, using STSong-Light (not embedded)"
                : "PDF documents: CJK font {}", font);
    }

    /** Whether a CJK font from the system is embedded (otherwise the STSong-Light fallback is used). */
    public boolean embedsSystemFont() {
        return font != null;
    }

    /** Renders {@code template} (e.g. {@code registry/receipt-pdf}) with {@code variables} into a PDF. */
    public byte[] render(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE, variables);
        context.setVariable("fmt", formats);
        String xhtml = templates.process(template, context);
        try {
            ITextRenderer renderer = font == null ? new ITextRenderer(new CJKFontResolver()) : new ITextRenderer();
            if (font != null) {
                renderer.getFontResolver().addFont(font, FONT_FAMILY, BaseFont.IDENTITY_H, true, null);
            }
            renderer.setDocumentFromString(xhtml);
            renderer.layout();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.createPDF(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PDF rendering of " + template + " failed", e);
        }
    }

    /** The first font file that loads and has Chinese glyphs; in a collection, its Simplified Chinese face. */
    static String findFont(List<String> files) {
        for (String file : files) {
            if (file == null || file.isBlank() || !Files.isReadable(Path.of(file.trim()))) {
                continue;
            }
            String path = file.trim();
            try {
                String candidate = path;
                if (path.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                    String[] faces = BaseFont.enumerateTTCNames(path);
                    int face = 0;
                    for (int i = 0; i < faces.length; i++) {
                        // Noto names its faces …CJKsc-Regular; others say SC or GB
                        String name = faces[i].toLowerCase(Locale.ROOT);
                        if (name.contains("cjksc") || faces[i].contains("SC") || faces[i].contains("GB")) {
                            face = i;
                            break;
                        }
                    }
                    candidate = path + "," + face;
                }
                BaseFont base = BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                if (base.charExists('养') && base.charExists('老')) {
                    return candidate;
                }
            } catch (IOException | RuntimeException e) {
                log.warn("PDF documents: font {} cannot be used: {}", path, e.toString());
            }
        }
        return null;
    }
}
