package dev.eschess.web.schema;

import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mark that says which server a database belongs to: the one-row table {@value #TABLE}, written by the first
 * server that starts on the database. Both variants migrate web's tables and would list each other's games, so a
 * server refuses a database marked for another one (ADR 0055). The table is plain SQL, not a Flyway migration: the
 * check must come before every migration of both the variant and web.
 */
public final class SchemaOwnership {

    /** The owner mark's table. */
    public static final String TABLE = "eschess_schema_owner";

    private final JdbcTemplate jdbc;

    /** The mark of the database behind the data source. */
    public SchemaOwnership(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * Marks an unmarked database as the owner's, or checks that the mark names it.
     *
     * @throws DatabaseOfAnotherServer when the database is another server's; nothing has been written then
     */
    public void claimFor(SchemaOwner owner) {
        if (!tableExists(TABLE)) {
            if (tableExists(WebSchema.HISTORY_TABLE) && !tableExists(owner.ownTable())) {
                throw new DatabaseOfAnotherServer(owner.variant(), "this database holds the tables of another "
                        + "eschess server (" + WebSchema.HISTORY_TABLE + " without " + owner.ownTable() + ") and no "
                        + TABLE + " mark; the " + owner.variant() + " server cannot use it");
            }
            createTable();
        }
        if (owner().isEmpty()) {
            insert(owner.variant());
        }
        String holder = owner().orElseThrow(() -> new IllegalStateException(TABLE + " is empty after a claim"));
        if (!holder.equals(owner.variant())) {
            throw new DatabaseOfAnotherServer(owner.variant(), "this database belongs to the " + holder
                    + " server; the " + owner.variant() + " server cannot use it (" + TABLE + ")");
        }
    }

    /** The server the database belongs to, if it is marked. */
    public Optional<String> owner() {
        if (!tableExists(TABLE)) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT variant FROM " + TABLE + " WHERE id = 1", String.class).stream().findFirst();
    }

    private void createTable() {
        try {
            jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " ("
                    + "id INT PRIMARY KEY CHECK (id = 1), "
                    + "variant VARCHAR(" + SchemaOwner.MAX_VARIANT_LENGTH + ") NOT NULL, "
                    + "claimed_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        } catch (DuplicateKeyException createdByAnotherServerJustNow) {
            // PostgreSQL's IF NOT EXISTS is not atomic: two servers starting at once can both try; one table results.
        }
    }

    private void insert(String variant) {
        try {
            jdbc.update("INSERT INTO " + TABLE + " (id, variant, claimed_at) VALUES (1, ?, CURRENT_TIMESTAMP)",
                    variant);
        } catch (DuplicateKeyException claimedByAnotherServerJustNow) {
            // The other server won the race; the caller reads its mark and refuses.
        }
    }

    /** Whether the current schema has the table, whatever case the database stored its name in. */
    private boolean tableExists(String table) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables "
                        + "WHERE LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND LOWER(table_name) = ?",
                Integer.class, table.toLowerCase(Locale.ROOT));
        return count != null && count > 0;
    }
}
