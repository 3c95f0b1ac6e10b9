package org.eldercare.oversight.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text of an uploaded file as Chinese offices produce it: UTF-8 (a BOM is dropped) when the bytes are valid UTF-8,
 * else GBK (read as GB18030, its superset).
 */
public record UploadedText(String encoding, String text) {

    public static UploadedText decode(byte[] content) {
        boolean bom = content.length >= 3
                && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF;
        int offset = bom ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
            return new UploadedText("UTF-8", text);
        } catch (CharacterCodingException e) {
            return new UploadedText("GBK", new String(content, Charset.forName("GB18030")));
        }
    }
}
