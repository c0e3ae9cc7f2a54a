package dev.eschess.handrolled.core.eventstore.jdbc;

import static dev.eschess.handrolled.support.TestEvents.events;
import static dev.eschess.handrolled.support.TestEvents.newStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.handrolled.core.eventstore.AppendResult;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.support.H2Databases;
import dev.eschess.handrolled.support.SharedPostgres;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Group commit (ADR 0065) on both databases: what the appends gathered in one batch do to each other. The conformance
 * suite runs every other case of the store with this strategy too.
 */
class GroupCommitTest {

    @Nested
    class OnH2 extends GroupCommitContract {
        @Override
        HikariDataSource newDatabase() {
            return H2Databases.pool(H2Databases.newFileUrl("group-commit"));
        }
    }

    @Nested
    class OnPostgreSql extends GroupCommitContract {
        @Override
        HikariDataSource newDatabase() {
            return SharedPostgres.newDatabase("group_commit");
        }

        /** PostgreSQL refuses every later statement of a transaction once one failed, the batch's own too. */
        @Test
        void aParticipantThatSwallowsTheFailureOfItsOwnStatementFailsOnlyItsOwnAppend() throws Exception {
            try (JdbcEventStore store = new JdbcEventStore(dataSource(), GROUP_COMMIT)) {
                String first = newStream();
                String swallowing = newStream();
                String third = newStream();
                HeldWriter held = holdWriter(store);
                Future<AppendResult> a = handIn(() -> store.append(first, ExpectedVersion.noStream(), events("a", 1)));
                Future<AppendResult> b = handIn(() -> store.append(swallowing, ExpectedVersion.noStream(),
                        events("b", 1), (connection, appended) -> {
                            try (Statement failing = connection.orElseThrow().createStatement()) {
                                failing.execute("SELECT 1 / 0");
                            } catch (SQLException swallowed) {
                                // the participant's mistake: its failure aborted the transaction all the same
                            }
                        }));
                Future<AppendResult> c = handIn(() -> store.append(third, ExpectedVersion.noStream(), events("c", 1)));
                held.release();

                assertThatThrownBy(() -> outcome(b)).isInstanceOf(EventStoreException.class);
                assertThat(List.of(outcome(a), outcome(c))).extracting(AppendResult::lastPosition)
                        .containsExactly(held.lastPosition() + 1, held.lastPosition() + 2);
                assertThat(store.readStream(swallowing)).isEmpty();
            }
        }
    }
}
