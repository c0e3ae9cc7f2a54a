package dev.eschess.web.seat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Player tokens: 256 random bits from {@link SecureRandom}, written base64url. Only their SHA-256 is ever stored;
 * a fast unsalted hash is enough for a random secret of this size, which no dictionary or brute force can reach
 * (ADR 0032). Also makes the non-secret ids for players and games.
 */
public final class PlayerTokens {

    private static final int TOKEN_BYTES = 32;
    private static final int ID_BYTES = 12;

    private final SecureRandom random = new SecureRandom();

    /** A fresh secret token for one seat. */
    public String newToken() {
        return randomText(TOKEN_BYTES);
    }

    /** A fresh, unguessable but not secret id (96 bits), for games and players. */
    public String newId() {
        return randomText(ID_BYTES);
    }

    /** A fair coin, for the colour {@code random}. */
    public boolean coin() {
        return random.nextBoolean();
    }

    /** The SHA-256 of the token, as 64 hex digits: what the seats table stores. */
    public static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Compares two hashes in time that does not depend on where they differ. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private String randomText(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
