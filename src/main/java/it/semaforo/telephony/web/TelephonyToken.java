package it.semaforo.telephony.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The shared secret of the phone system. Without a configured token nothing is accepted. The comparison takes the
 * same time whatever the presented token is (both are hashed to the same length, then compared in constant time).
 */
final class TelephonyToken {

    private final byte[] expectedDigest;

    TelephonyToken(String configured) {
        this.expectedDigest = configured == null || configured.isBlank() ? null : digest(configured);
    }

    boolean isConfigured() {
        return expectedDigest != null;
    }

    boolean accepts(String presented) {
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
