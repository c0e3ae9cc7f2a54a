package dev.eschess.axon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.axon.support.H2Database;
import dev.eschess.web.schema.DatabaseOfAnotherServer;
import dev.eschess.web.schema.SchemaOwner;
import dev.eschess.web.schema.SchemaOwnership;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The Axon server stops at start, with a clear report, on a database it must not use (ADR 0055). */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalsTest {

    @Test
    void theAxonServerRefusesADatabaseOfTheHandrolledServerBeforeItMigratesAnything(CapturedOutput output) {
        String url = H2Database.fileUrl("handrolled-owned-" + UUID.randomUUID());
        SingleConnectionDataSource database = new SingleConnectionDataSource(url, "sa", "", true);
        try {
            new SchemaOwnership(database).claimFor(new SchemaOwner("handrolled", "handrolled_schema_history"));

            assertThatThrownBy(() -> new SpringApplicationBuilder(AxonGameServer.class)
                    .run("--server.port=0", "--server.tomcat.basedir=target/tomcat", "--spring.datasource.url=" + url))
                    .hasRootCauseInstanceOf(DatabaseOfAnotherServer.class);

            assertThat(output).contains("APPLICATION FAILED TO START")
                    .contains("This database belongs to the handrolled server; the axon server cannot use it");
            assertThat(tablesIn(database)).containsExactly("ESCHESS_SCHEMA_OWNER");
        } finally {
            database.destroy();
        }
    }

    @Test
    void aServerOnAnH2FileThatAnotherProcessHoldsOpenFailsNamingTheLockAndItsLikelyCause(CapturedOutput output)
            throws Exception {
        String name = "locked-" + UUID.randomUUID();
        String url = H2Database.fileUrl(name);
        try (Connection creating = DriverManager.getConnection(url, "sa", "")) {
            assertThat(creating.isValid(1)).isTrue();
        }
        // H2 shares one open database among all connections of a JVM, so the other process is played by what its H2
        // would hold: the lock on the database file.
        Path file = Path.of("target", "h2", name + ".mv.db");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
             FileLock otherProcess = channel.lock()) {
            assertThatThrownBy(() -> new SpringApplicationBuilder(AxonGameServer.class)
                    .run("--server.port=0", "--server.tomcat.basedir=target/tomcat", "--spring.datasource.url=" + url))
                    .hasStackTraceContaining("Database may be already in use");

            assertThat(output).contains("APPLICATION FAILED TO START")
                    .contains("is locked: another process has it open")
                    .contains("another eschess server is running in the same working directory");
        }
    }

    private static List<String> tablesIn(DataSource database) {
        return new JdbcTemplate(database).queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = CURRENT_SCHEMA ORDER BY table_name", String.class);
    }
}
