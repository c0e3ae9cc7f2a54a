package dev.eschess.web.schema;

import java.util.Objects;

/**
 * The server an application is, for the owner mark of its database: a variant declares one bean of this type, and
 * {@link SchemaOwnershipGuard} refuses to let it use a database marked for another (ADR 0055).
 *
 * @param variant  the server's name, {@code handrolled} or {@code axon} as in {@code GET /api/info}
 * @param ownTable a table that only this server creates; a database that was used before owner marks existed and
 *                 has web's tables but not this one belongs to another server
 */
public record SchemaOwner(String variant, String ownTable) {

    /** The longest name the mark can hold. */
    public static final int MAX_VARIANT_LENGTH = 40;

    public SchemaOwner {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(ownTable, "ownTable");
        if (variant.isBlank() || variant.length() > MAX_VARIANT_LENGTH || ownTable.isBlank()) {
            throw new IllegalArgumentException("a variant name of 1 to " + MAX_VARIANT_LENGTH
                    + " characters and a table name are needed: " + variant + ", " + ownTable);
        }
    }
}
