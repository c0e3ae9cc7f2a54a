package dev.eschess.axon.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test context at the shared embedded PostgreSQL, database {@code axon_tests}. */
public final class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The database all PostgreSQL test contexts share. */
    public static final String NAME = "axon_tests";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.datasource.url=" + SharedPostgres.jdbcUrl(NAME),
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=")
                .applyTo(context);
    }
}
