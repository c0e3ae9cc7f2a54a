package dev.eschess.web.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class SchemaOwnershipTest {

    private static final SchemaOwner HANDROLLED = new SchemaOwner("handrolled", "handrolled_schema_history");
    private static final SchemaOwner AXON = new SchemaOwner("axon", "domain_event_entry");

    private final DataSource database = new DriverManagerDataSource(
            "jdbc:h2:mem:ownership-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final SchemaOwnership ownership = new SchemaOwnership(database);

    @Test
    void givenANewDatabase_whenAServerClaimsIt_thenTheMarkNamesThatServer() {
        ownership.claimFor(HANDROLLED);

        assertThat(ownership.owner()).contains("handrolled");
    }

    @Test
    void givenADatabaseOfTheSameServer_whenItStartsAgain_thenItIsAccepted() {
        ownership.claimFor(AXON);
        ownership.claimFor(AXON);

        assertThat(ownership.owner()).contains("axon");
    }

    @Test
    void givenADatabaseOfTheAxonServer_whenTheHandrolledServerStarts_thenItIsRefusedAndTheMarkStays() {
        ownership.claimFor(AXON);

        assertThatThrownBy(() -> ownership.claimFor(HANDROLLED))
                .isInstanceOf(DatabaseOfAnotherServer.class)
                .hasMessage("this database belongs to the axon server; the handrolled server cannot use it "
                        + "(eschess_schema_owner)");
        assertThat(ownership.owner()).contains("axon");
    }

    @Test
    void givenAnUnmarkedDatabaseWithWebsTablesButNotItsOwn_whenAServerStarts_thenItIsRefusedWithoutWriting() {
        new WebSchema(database);
        create("domain_event_entry");

        assertThatThrownBy(() -> ownership.claimFor(HANDROLLED))
                .isInstanceOf(DatabaseOfAnotherServer.class)
                .hasMessageContaining("holds the tables of another eschess server")
                .hasMessageContaining("the handrolled server cannot use it");
        assertThat(ownership.owner()).isEmpty();
    }

    @Test
    void givenAnUnmarkedDatabaseWithItsOwnTables_whenTheServerStarts_thenItClaimsIt() {
        new WebSchema(database);
        create("domain_event_entry");

        ownership.claimFor(AXON);

        assertThat(ownership.owner()).contains("axon");
    }

    private void create(String table) {
        // The table name is one of this class's constants; DDL takes no bind parameters.
        new JdbcTemplate(database).execute("CREATE TABLE " + table + " (id INT)");
    }
}
