package dev.eschess.systemtest.server;

import java.nio.file.Files;
import java.nio.file.Path;

/** The two game servers under test, each an executable jar built earlier in the same reactor. */
public enum Variant {
    HANDROLLED("handrolled"),
    AXON("axon");

    private final String id;

    Variant(String id) {
        this.id = id;
    }

    /** The name `/api/info` reports, also used for directories and log files. */
    public String id() {
        return id;
    }

    /** The executable jar, as failsafe was told by dependency:properties. */
    public Path jar() {
        String property = "eschess.jar." + id;
        String location = System.getProperty(property);
        if (location == null || location.isBlank() || !Files.isRegularFile(Path.of(location))) {
            throw new IllegalStateException("no executable jar for " + id + " (system property " + property + " = "
                    + location + "); run the system tests through Maven: mvn -B verify");
        }
        return Path.of(location);
    }
}
