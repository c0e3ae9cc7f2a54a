package dev.eschess.systemtest.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.systemtest.server.ApiGame;
import dev.eschess.systemtest.server.GameServers;
import dev.eschess.systemtest.server.PackagedServer;
import dev.eschess.systemtest.server.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A seat token is shown once, in the create or join response, and nowhere else: not in the server's log and not in
 * any file the server writes (its database included), even after a game with moves, a refusal and a restart.
 */
class SecretsAtRestIT {

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAPlayedGame_whenTheServerHasStopped_thenNoTokenIsInItsLogsOrFiles(Variant variant) throws IOException {
        Path directory = GameServers.workDirectory().resolve("secrets-" + variant.id());
        List<String> tokens;
        try (PackagedServer server = PackagedServer.startFresh(variant, directory)) {
            ApiGame game = ApiGame.betweenTwoPlayers(server);
            tokens = List.of(game.tokens());
            assertThat(game.play("white", "e4").status()).isEqualTo(200);
            assertThat(game.play("white", "d4").status()).isEqualTo(409);
            server.restart();
            assertThat(game.act("black", "resign").status()).isEqualTo(200);
        }

        List<Path> files;
        try (var walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the server wrote a log and a database").hasSizeGreaterThanOrEqualTo(2);
        assertThat(tokens).allSatisfy(token -> assertThat(token).hasSizeGreaterThanOrEqualTo(22));
        for (Path file : files) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(tokens).as("tokens in %s", file).noneMatch(content::contains);
        }
    }
}
