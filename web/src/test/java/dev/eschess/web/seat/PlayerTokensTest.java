package dev.eschess.web.seat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlayerTokensTest {

    private final PlayerTokens tokens = new PlayerTokens();

    @Test
    void aTokenCarriesAtLeast128RandomBits() {
        byte[] bits = Base64.getUrlDecoder().decode(tokens.newToken());

        assertThat(bits.length * 8).isGreaterThanOrEqualTo(128);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(tokens.newToken());
        }

        assertThat(seen).hasSize(10_000);
    }

    @Test
    void theStoredHashIsSha256HexAndNotTheToken() {
        String token = tokens.newToken();

        String hash = PlayerTokens.hash(token);

        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(token);
        assertThat(PlayerTokens.hash(token)).isEqualTo(hash);
        assertThat(PlayerTokens.hash(token + "x")).isNotEqualTo(hash);
    }

    @Test
    void hashesCompareEqualOnlyWhenEqual() {
        String hash = PlayerTokens.hash("a");

        assertThat(PlayerTokens.sameHash(hash, PlayerTokens.hash("a"))).isTrue();
        assertThat(PlayerTokens.sameHash(hash, PlayerTokens.hash("b"))).isFalse();
    }
}
