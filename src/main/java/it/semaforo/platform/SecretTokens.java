package it.semaforo.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Secret tokens that travel in URLs and cookies (calendar feeds, portal sign-in links and sessions): 32 random
 * bytes in URL-safe Base64 without padding. Only their SHA-256 is stored, so a copy of the database opens nothing.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private SecretTokens() {
    }

    public static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** Whether the value has a token's shape: anything else is refused before any lookup. */
    public static boolean isWellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** The SHA-256 of the token in hex, as stored. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
