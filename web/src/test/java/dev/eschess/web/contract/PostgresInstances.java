package dev.eschess.web.contract;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Whole servers of a variant on a shared PostgreSQL database, as the multi-instance contracts start them. */
public final class PostgresInstances {

    private PostgresInstances() {
    }

    /**
     * One {@code server} (a variant's Spring Boot application class) on {@code databaseUrl} with a web server on a
     * free port, plus {@code settings} (--name=value).
     */
    public static ConfigurableApplicationContext start(Class<?> server, String databaseUrl, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.tomcat.basedir=target/tomcat",
                "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.password="));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(server).profiles("postgres").run(arguments.toArray(String[]::new));
    }
}
