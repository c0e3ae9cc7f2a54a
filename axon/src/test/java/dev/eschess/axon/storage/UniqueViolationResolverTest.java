package dev.eschess.axon.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Unique-key violations are recognised by SQL state, however the driver wraps them. */
class UniqueViolationResolverTest {

    private final UniqueViolationResolver resolver = new UniqueViolationResolver();

    @Test
    void aUniqueViolationInsideABatchFailureIsADuplicateKey() {
        // how pgjdbc reports a failed batch insert: no SQLIntegrityConstraintViolationException anywhere
        BatchUpdateException batch = new BatchUpdateException("batch failed", "23505", 0, new int[0], null);
        batch.setNextException(new SQLException("duplicate key value", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("wrapped", batch))).isTrue();
    }

    @Test
    void aChainedUniqueViolationOfABatchIsADuplicateKey() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", "08000", 0, new int[0], null);
        batch.setNextException(new SQLException("duplicate key value", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
    }

    @Test
    void aMissingValueIsNotADuplicateKey() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("null value", "23502"))).isFalse();
    }

    @Test
    void aLostConnectionIsNotADuplicateKey() {
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(new SQLException("gone", "08006"))))
                .isFalse();
    }
}
