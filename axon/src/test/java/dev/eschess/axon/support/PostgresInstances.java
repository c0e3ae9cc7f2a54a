package dev.eschess.axon.support;

import dev.eschess.axon.app.AxonGameServer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Whole Axon servers on a shared PostgreSQL database, as the web module's multi-instance contracts start them. */
public final class PostgresInstances {

    private PostgresInstances() {
    }

    /** One server on {@code databaseUrl} with a web server on a free port, plus {@code settings} (--name=value). */
    public static ConfigurableApplicationContext start(String databaseUrl, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.tomcat.basedir=target/tomcat",
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.password="));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(AxonGameServer.class).profiles("postgres")
                .run(arguments.toArray(String[]::new));
    }
}
