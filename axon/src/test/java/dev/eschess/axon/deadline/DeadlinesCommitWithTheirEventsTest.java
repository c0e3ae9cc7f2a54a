package dev.eschess.axon.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.axon.app.AxonGameServer;
import dev.eschess.axon.command.AxonGameCommands;
import dev.eschess.axon.command.SendOptions;
import dev.eschess.axon.support.H2Database;
import dev.eschess.chess.Color;
import dev.eschess.game.command.CreateGame;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A deadline is stored in the transaction of the command that sets it (ADR 0063): when that command's commit fails
 * after the deadline was written, neither its events nor its deadline remain. On H2, with db-scheduler's H2 table.
 */
class DeadlinesCommitWithTheirEventsTest {

    @Test
    void givenACommandWhoseCommitFailsAfterItsDeadlineWasWrittenThenNeitherItsEventsNorItsDeadlineRemain() {
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(AxonGameServer.class,
                FailingCommits.class)
                .run("--server.port=0", "--server.tomcat.basedir=target/tomcat",
                        "--spring.datasource.url=" + H2Database.fileUrl("axon-deadline-commit-" + UUID.randomUUID()))) {
            AxonGameCommands commands = server.getBean(AxonGameCommands.class);

            assertThatThrownBy(() -> commands.execute(create(FailingCommits.DOOMED), SendOptions.none()))
                    .hasMessageContaining("commit refused with 1 deadline written");
            commands.execute(create("kept"), SendOptions.none());

            JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
            List<String> deadlines = jdbc.queryForList("SELECT task_data FROM scheduled_tasks", byte[].class).stream()
                    .map(data -> new String(data, StandardCharsets.UTF_8))
                    .toList();
            assertThat(deadlines).singleElement().asString().contains("kept").doesNotContain(FailingCommits.DOOMED);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Long.class, FailingCommits.DOOMED)).isZero();
        }
    }

    private static CreateGame create(String gameId) {
        return CreateGame.standard(gameId, "alice", "Alice", Color.WHITE, Instant.now());
    }

    /**
     * Fails the commit of the doomed game's creation after its handler ran, counting the deadlines its transaction
     * has written by then.
     */
    static class FailingCommits {

        static final String DOOMED = "doomed";

        @Autowired
        void failDoomedCommits(CommandBus commandBus, JdbcTemplate jdbc) {
            MessageHandlerInterceptor<CommandMessage<?>> failing = (unitOfWork, chain) -> {
                Object result = chain.proceed();
                if (unitOfWork.getMessage().getPayload() instanceof CreateGame create
                        && create.gameId().equals(DOOMED)) {
                    unitOfWork.onPrepareCommit(work -> {
                        long written = jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class);
                        throw new IllegalStateException("commit refused with " + written + " deadline written");
                    });
                }
                return result;
            };
            commandBus.registerHandlerInterceptor(failing);
        }
    }
}
