package org.eldercare.oversight.common;

import java.util.Properties;
import org.springframework.mock.env.MockEnvironment;

/**
 * The benchmark generator's way to the platform's {@link FieldCipher} (whose constructor is the module's own): built from the
 * bench installation's key file ({@code target/bench/keys.properties}, written by {@link InstallationKeys} when the
 * packaged application first started on the bench data directory), so the application can read what the generator wrote.
 */
public final class BenchCiphers {

    private BenchCiphers() {
    }

    public static FieldCipher fromKeyFile(Properties keys) {
        String sm4 = keys.getProperty("crypto.keys.k1");
        String index = keys.getProperty("crypto.blind-index-key");
        if (sm4 == null || index == null) {
            throw new IllegalStateException("the bench key file has no crypto.keys.k1 / crypto.blind-index-key");
        }
        MockEnvironment env = new MockEnvironment().withProperty("eldercare.crypto.keys.k1", sm4);
        return new FieldCipher(env, "k1", index);
    }
}
