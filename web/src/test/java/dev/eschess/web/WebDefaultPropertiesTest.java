package dev.eschess.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class WebDefaultPropertiesTest {

    @Test
    void givenNoPorts_whenDefaultsApply_thenActuatorListensOn9080OnLoopback() {
        ConfigurableEnvironment environment = withDefaults(Map.of());

        assertThat(environment.getProperty("management.server.port")).isEqualTo("9080");
        assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void givenTwoInstancesWithTheirOwnServerPorts_whenDefaultsApply_thenTheirManagementPortsDiffer() {
        ConfigurableEnvironment first = withDefaults(Map.of("server.port", "8080"));
        ConfigurableEnvironment second = withDefaults(Map.of("server.port", "8081"));

        assertThat(first.getProperty("management.server.port")).isEqualTo("9080");
        assertThat(second.getProperty("management.server.port")).isEqualTo("9081");
    }

    @Test
    void givenARandomServerPort_whenDefaultsApply_thenTheManagementPortIsRandomToo() {
        ConfigurableEnvironment environment = withDefaults(Map.of("server.port", "0"));

        assertThat(environment.getProperty("management.server.port")).isEqualTo("0");
        assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void givenAManagementPort_whenDefaultsApply_thenItIsKept() {
        ConfigurableEnvironment environment = withDefaults(Map.of("server.port", "8080",
                "management.server.port", "7070"));

        assertThat(environment.getProperty("management.server.port")).isEqualTo("7070");
        assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void givenActuatorOnTheServerPort_whenDefaultsApply_thenNoManagementAddressIsSetWhichBootWouldRefuse() {
        ConfigurableEnvironment environment = withDefaults(Map.of("server.port", "8080",
                "management.server.port", "8080"));

        assertThat(environment.getProperty("management.server.address")).isNull();
    }

    @Test
    void givenNoConnectionSettings_whenDefaultsApply_thenTomcatsLimitsAreSetExplicitly() {
        ConfigurableEnvironment environment = withDefaults(Map.of());

        assertThat(environment.getProperty("server.tomcat.max-connections")).isEqualTo("10000");
        assertThat(environment.getProperty("server.tomcat.connection-timeout")).isEqualTo("10s");
        assertThat(environment.getProperty("server.tomcat.keep-alive-timeout")).isEqualTo("20s");
        assertThat(environment.getProperty("server.max-http-request-header-size")).isEqualTo("8KB");
    }

    @Test
    void givenAnApplicationsOwnConnectionLimit_whenDefaultsApply_thenItWins() {
        ConfigurableEnvironment environment = withDefaults(Map.of("server.tomcat.max-connections", "500"));

        assertThat(environment.getProperty("server.tomcat.max-connections")).isEqualTo("500");
    }

    private static ConfigurableEnvironment withDefaults(Map<String, Object> properties) {
        ConfigurableEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new WebDefaultProperties().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
