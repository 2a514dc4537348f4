package it.semaforo.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A shared secret a machine presents instead of a user's password (the phone system's token, the credit sandbox's
 * API key). Without a configured secret nothing is accepted. The comparison takes the same time whatever the
 * presented value is (both are hashed to the same length, then compared in constant time).
 */
public final class SharedSecret {

    private final byte[] expectedDigest;

    public SharedSecret(String configured) {
        this.expectedDigest = configured == null || configured.isBlank() ? null : digest(configured);
    }

    public boolean isConfigured() {
        return expectedDigest != null;
    }

    public boolean accepts(String presented) {
        return expectedDigest != null && presented != null && MessageDigest.isEqual(expectedDigest, digest(presented));
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", unavailable);
        }
    }
}
