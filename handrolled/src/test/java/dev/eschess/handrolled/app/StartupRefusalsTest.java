package dev.eschess.handrolled.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.eschess.handrolled.support.H2Databases;
import dev.eschess.handrolled.support.SharedPostgres;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** The hand-rolled server stops at start, with a clear report, on a database it must not use (ADR 0055). */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalsTest {

    @Test
    void theHandrolledServerRefusesADatabaseOfTheAxonServerBeforeItMigratesAnything(CapturedOutput output) {
        String url = SharedPostgres.newDatabaseUrl("axon_owned");
        try (HikariDataSource database = SharedPostgres.pool(url)) {
            new SchemaOwnership(database).claimFor(new SchemaOwner("axon", "domain_event_entry"));

            assertThatThrownBy(() -> new SpringApplicationBuilder(HandrolledGameServer.class).profiles("postgres")
                    .run("--server.port=0", "--server.tomcat.basedir=target/tomcat", "--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres", "--spring.datasource.password="))
                    .hasRootCauseInstanceOf(DatabaseOfAnotherServer.class);

            assertThat(output).contains("APPLICATION FAILED TO START")
                    .contains("This database belongs to the axon server; the handrolled server cannot use it");
            assertThat(tablesIn(database)).containsExactly("eschess_schema_owner");
        }
    }

    @Test
    void aServerOnAnH2FileThatAnotherProcessHoldsOpenFailsNamingTheLockAndItsLikelyCause(CapturedOutput output)
            throws Exception {
        String url = H2Databases.newFileUrl("locked");
        try (Connection creating = DriverManager.getConnection(url, "sa", "")) {
            assertThat(creating.isValid(1)).isTrue();
        }
        // H2 shares one open database among all connections of a JVM, so the other process is played by what its H2
        // would hold: the lock on the database file.
        Path file = Path.of(url.substring("jdbc:h2:file:".length(), url.indexOf(';')) + ".mv.db");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
             FileLock otherProcess = channel.lock()) {
            assertThatThrownBy(() -> new SpringApplicationBuilder(HandrolledGameServer.class)
                    .run("--server.port=0", "--server.tomcat.basedir=target/tomcat", "--spring.datasource.url=" + url))
                    .hasStackTraceContaining("Database may be already in use");

            assertThat(output).contains("APPLICATION FAILED TO START")
                    .contains("is locked: another process has it open")
                    .contains("another eschess server is running in the same working directory");
        }
    }

    private static List<String> tablesIn(HikariDataSource database) {
        return new JdbcTemplate(database).queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = CURRENT_SCHEMA ORDER BY table_name", String.class);
    }
}
