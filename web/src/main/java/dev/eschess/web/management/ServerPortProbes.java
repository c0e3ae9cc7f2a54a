package dev.eschess.web.management;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpointWebExtension;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /actuator/health} and {@code /actuator/info} on the server port while actuator itself listens on the
 * management port: scripts, load balancers and the system tests poll the server's own address. Boot can put a
 * health group on the server port only under a one-segment path, hence this controller (ADR 0054).
 */
// Hidden: operations' probes, not part of the game API that the OpenAPI document describes.
@Hidden
@RestController
public class ServerPortProbes {

    private final ObjectProvider<HealthEndpointWebExtension> health;
    private final ObjectProvider<InfoEndpoint> info;

    /** Endpoints switched off in actuator are answered 404 here too. */
    public ServerPortProbes(ObjectProvider<HealthEndpointWebExtension> health, ObjectProvider<InfoEndpoint> info) {
        this.health = health;
        this.info = info;
    }

    /** The same answer as actuator's: the overall status, 200 when up and 503 when down. */
    @GetMapping(path = "/actuator/health", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<HealthComponent> health() {
        HealthEndpointWebExtension endpoint = health.getIfAvailable();
        if (endpoint == null) {
            return ResponseEntity.notFound().build();
        }
        WebEndpointResponse<HealthComponent> answer =
                endpoint.health(ApiVersion.LATEST, WebServerNamespace.SERVER, SecurityContext.NONE);
        return ResponseEntity.status(answer.getStatus()).body(answer.getBody());
    }

    /** Actuator's info document. */
    @GetMapping(path = "/actuator/info", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> info() {
        InfoEndpoint endpoint = info.getIfAvailable();
        return endpoint == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(endpoint.info());
    }
}
