package org.eldercare.oversight.common;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * 国密 protection of sensitive columns (ID numbers …): SM4-GCM encryption with a random 96-bit nonce, the column
 * name as associated data (a ciphertext moved to another column does not decrypt), and the key id stored with the
 * ciphertext ({@code sm4gcm:k1:<base64 nonce|ciphertext|tag>}) so keys can rotate: new values use the active key,
 * old ones still decrypt with theirs. An HMAC-SM3 blind index with a separate key allows exact search.
 *
 * <p>Keys come from configuration: {@code eldercare.crypto.keys.<id>} (32 hex digits each),
 * {@code eldercare.crypto.active-key}, {@code eldercare.crypto.blind-index-key}.
 */
@Component
public class FieldCipher {

    private static final String PREFIX = "sm4gcm";
    private final Map<String, byte[]> keys;
    private final String activeKeyId;
    private final byte[] indexKey;
    private final SecureRandom random = new SecureRandom();

    FieldCipher(Environment env, @Value("${eldercare.crypto.active-key}") String activeKeyId,
                @Value("${eldercare.crypto.blind-index-key}") String indexKey) {
        Map<String, String> configured = Binder.get(env).bind("eldercare.crypto.keys",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        this.keys = new LinkedHashMap<>();
        configured.forEach((id, hex) -> {
            if (!id.matches("[A-Za-z0-9]{1,16}")) {
                throw new IllegalStateException("crypto key id must be 1-16 letters or digits: " + id);
            }
            byte[] key = HexFormat.of().parseHex(hex.trim());
            if (key.length != 16) {
                throw new IllegalStateException("SM4 key " + id + " must be 16 bytes (32 hex digits)");
            }
            keys.put(id, key);
        });
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalStateException("eldercare.crypto.active-key '" + activeKeyId + "' has no key in eldercare.crypto.keys");
        }
        if (indexKey == null || indexKey.length() < 16) {
            throw new IllegalStateException("eldercare.crypto.blind-index-key must be at least 16 characters");
        }
        this.activeKeyId = activeKeyId;
        this.indexKey = indexKey.getBytes(StandardCharsets.UTF_8);
    }

    /** Encrypts with the active key; {@code column} (e.g. "user_account.id_number") is bound as associated data. */
    public String encrypt(String plaintext, String column) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        byte[] out = run(true, keys.get(activeKeyId), nonce, aad(activeKeyId, column), plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] blob = new byte[nonce.length + out.length];
        System.arraycopy(nonce, 0, blob, 0, nonce.length);
        System.arraycopy(out, 0, blob, nonce.length, out.length);
        return PREFIX + ":" + activeKeyId + ":" + Base64.getEncoder().encodeToString(blob);
    }

    /** Decrypts; throws {@link TamperedException} if the value was altered, moved to another column or is unknown. */
    public String decrypt(String stored, String column) {
        String[] parts = stored == null ? new String[0] : stored.split(":", 3);
        if (parts.length != 3 || !PREFIX.equals(parts[0]) || !keys.containsKey(parts[1])) {
            throw new TamperedException("unreadable ciphertext");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new TamperedException("unreadable ciphertext");
        }
        if (blob.length < 12 + 16) {
            throw new TamperedException("truncated ciphertext");
        }
        byte[] nonce = Arrays.copyOfRange(blob, 0, 12);
        byte[] body = Arrays.copyOfRange(blob, 12, blob.length);
        return new String(run(false, keys.get(parts[1]), nonce, aad(parts[1], column), body), StandardCharsets.UTF_8);
    }

    /** The key id a stored value was encrypted with (for rotation). */
    public String keyIdOf(String stored) {
        String[] parts = stored.split(":", 3);
        return parts.length == 3 ? parts[1] : null;
    }

    /** Deterministic HMAC-SM3 of the normalised value, for exact search without decrypting. */
    public String blindIndex(String normalisedValue, String column) {
        return Sm3.hmac(indexKey, column + "\u001f" + normalisedValue);
    }

    private static byte[] aad(String keyId, String column) {
        return (keyId + "|" + column).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] run(boolean encrypt, byte[] key, byte[] nonce, byte[] aad, byte[] input) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), 128, nonce, aad));
        byte[] out = new byte[gcm.getOutputSize(input.length)];
        int n = gcm.processBytes(input, 0, input.length, out, 0);
        try {
            n += gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new TamperedException("authentication tag mismatch");
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The stored value does not authenticate: it was altered or does not belong here. */
    public static class TamperedException extends RuntimeException {
        public TamperedException(String message) {
            super(message);
        }
    }
}
