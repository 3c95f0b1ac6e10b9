package org.eldercare.oversight.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class FieldCipherTests {

    private static final String COLUMN = "user_account.id_number";
    private static final String ID = "11010519491231002X";

    private static FieldCipher cipher(String active, String... idAndKey) {
        MockEnvironment env = new MockEnvironment();
        for (int i = 0; i < idAndKey.length; i += 2) {
            env.setProperty("eldercare.crypto.keys." + idAndKey[i], idAndKey[i + 1]);
        }
        return new FieldCipher(env, active, "test-blind-index-key-0001");
    }

    @Test
    @DisplayName("SM4-GCM round trip; the ciphertext names its key and never contains the plaintext; each encryption differs")
    void roundTrip() {
        FieldCipher c = cipher("k1", "k1", "0123456789abcdef0123456789abcdef");
        String stored = c.encrypt(ID, COLUMN);
        assertThat(stored).startsWith("sm4gcm:k1:").doesNotContain(ID).doesNotContain("19491231");
        assertThat(c.decrypt(stored, COLUMN)).isEqualTo(ID);
        assertThat(c.encrypt(ID, COLUMN)).isNotEqualTo(stored);
    }

    @Test
    @DisplayName("SM4-GCM tamper detection: a changed byte, a value moved to another column, an unknown key all fail")
    void tamperDetection() {
        FieldCipher c = cipher("k1", "k1", "0123456789abcdef0123456789abcdef");
        String stored = c.encrypt(ID, COLUMN);
        byte[] blob = Base64.getDecoder().decode(stored.substring("sm4gcm:k1:".length()));
        blob[15] ^= 0x01;
        String altered = "sm4gcm:k1:" + Base64.getEncoder().encodeToString(blob);
        assertThatThrownBy(() -> c.decrypt(altered, COLUMN)).isInstanceOf(FieldCipher.TamperedException.class);
        assertThatThrownBy(() -> c.decrypt(stored, "institution.legal_rep_id")).isInstanceOf(FieldCipher.TamperedException.class);
        assertThatThrownBy(() -> c.decrypt(stored.replace(":k1:", ":k9:"), COLUMN)).isInstanceOf(FieldCipher.TamperedException.class);
        assertThatThrownBy(() -> c.decrypt("garbage", COLUMN)).isInstanceOf(FieldCipher.TamperedException.class);
    }

    @Test
    @DisplayName("Key rotation: old values decrypt with their key, new values use the active key")
    void keyRotation() {
        FieldCipher before = cipher("k1", "k1", "0123456789abcdef0123456789abcdef");
        String old = before.encrypt(ID, COLUMN);
        FieldCipher after = cipher("k2", "k1", "0123456789abcdef0123456789abcdef", "k2", "fedcba9876543210fedcba9876543210");
        assertThat(after.decrypt(old, COLUMN)).isEqualTo(ID);
        String fresh = after.encrypt(ID, COLUMN);
        assertThat(after.keyIdOf(fresh)).isEqualTo("k2");
        assertThatThrownBy(() -> before.decrypt(fresh, COLUMN)).isInstanceOf(FieldCipher.TamperedException.class);
    }

    @Test
    @DisplayName("Blind index (HMAC-SM3): deterministic for exact search, different per column and per value")
    void blindIndex() {
        FieldCipher c = cipher("k1", "k1", "0123456789abcdef0123456789abcdef");
        assertThat(c.blindIndex(ID, COLUMN)).isEqualTo(c.blindIndex(ID, COLUMN)).hasSize(64).doesNotContain(ID);
        assertThat(c.blindIndex(ID, COLUMN)).isNotEqualTo(c.blindIndex(ID, "other.column"));
        assertThat(c.blindIndex(ID, COLUMN)).isNotEqualTo(c.blindIndex("110105194912310037", COLUMN));
    }

    @Test
    @DisplayName("SM3 digest matches the GB/T 32905 test vector for \"abc\"")
    void sm3Vector() {
        assertThat(Sm3.hash("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    @DisplayName("Misconfigured keys stop the start-up with a clear message")
    void badKeys() {
        assertThatThrownBy(() -> cipher("k1", "k1", "abcd")).hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> cipher("k2", "k1", "0123456789abcdef0123456789abcdef")).hasMessageContaining("active-key");
    }
}
