package dev.eschess.axon.support;

import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test context at an H2 file database under {@code target/}, one per test JVM. */
public final class H2Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The JDBC URL of this JVM's H2 test database. */
    public static final String URL = fileUrl("axon-" + UUID.randomUUID());

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.datasource.url=" + URL).applyTo(context);
    }

    /**
     * The URL of an H2 file database with this name under {@code target/h2}. No compaction on close: with the JVM
     * assertions that tests enable, H2 2.3's compaction trips over one of its own asserts while closing.
     */
    public static String fileUrl(String name) {
        return "jdbc:h2:file:./target/h2/" + name + ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0";
    }
}
