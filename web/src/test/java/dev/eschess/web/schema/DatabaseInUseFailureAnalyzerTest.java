package dev.eschess.web.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class DatabaseInUseFailureAnalyzerTest {

    private final DatabaseInUseFailureAnalyzer analyzer = new DatabaseInUseFailureAnalyzer(new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:h2:file:./data/axon/eschess;WRITE_DELAY=0"));

    @Test
    void aLockedH2FileDeepInTheCausesIsNamedWithItsLikelyCause() {
        SQLException locked = new SQLException("Database may be already in use: \"/srv/data/axon/eschess.mv.db\"",
                "90020", 90020);

        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("cannot detect the database dialect",
                new RuntimeException(locked)));

        assertThat(analysis.getDescription())
                .contains("The H2 database file of jdbc:h2:file:./data/axon/eschess is locked")
                .contains("another eschess server is running in the same working directory")
                .doesNotContain("WRITE_DELAY");
        assertThat(analysis.getAction()).contains("Stop the other server process");
    }

    @Test
    void anyOtherDatabaseFailureIsLeftToBoot() {
        SQLException refused = new SQLException("Connection refused", "08001", 0);

        assertThat(analyzer.analyze(new IllegalStateException("no database", refused))).isNull();
    }
}
