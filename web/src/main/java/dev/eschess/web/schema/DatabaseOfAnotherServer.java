package dev.eschess.web.schema;

/** A server was started on a database that another server owns; it stops before it creates a table. */
public final class DatabaseOfAnotherServer extends RuntimeException {

    private final String refusedServer;

    DatabaseOfAnotherServer(String refusedServer, String message) {
        super(message);
        this.refusedServer = refusedServer;
    }

    /** The server that was refused, such as {@code handrolled}. */
    public String refusedServer() {
        return refusedServer;
    }
}
