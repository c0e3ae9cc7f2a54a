package dev.eschess.systemtest.server;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Both servers, each started once for the whole test run on a fresh directory and stopped at its end. A test asks
 * for them by declaring a {@code GameServers} parameter; tests that crash or restart a server start their own.
 */
public final class GameServers implements ExtensionContext.Store.CloseableResource {

    private final Map<Variant, PackagedServer> running = new EnumMap<>(Variant.class);

    /** The shared server of {@code variant}, started on first use. */
    public synchronized PackagedServer of(Variant variant) {
        return running.computeIfAbsent(variant, v -> PackagedServer.startFresh(v, workDirectory().resolve("shared-" + v.id())));
    }

    @Override
    public synchronized void close() {
        running.values().forEach(PackagedServer::close);
        running.clear();
    }

    /** Where servers keep their data and logs: {@code system-tests/target/system-tests}. */
    public static Path workDirectory() {
        return Path.of(System.getProperty("eschess.work", "target/system-tests")).toAbsolutePath();
    }

    /** Resolves {@code GameServers} parameters to the one instance of this test run. */
    public static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == GameServers.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(GameServers.class, key -> new GameServers(), GameServers.class);
        }
    }
}
