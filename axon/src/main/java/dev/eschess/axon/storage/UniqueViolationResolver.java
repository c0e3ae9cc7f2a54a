package dev.eschess.axon.storage;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon that an insert failed on a unique key, so that it reports a concurrency conflict instead of a generic
 * storage failure. Looks for SQL state {@code 23505} (unique violation, used by PostgreSQL and H2) anywhere in the
 * cause chain, including the chained exceptions of a batch (ADR 0020).
 */
public final class UniqueViolationResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return isUniqueViolation(exception, seen);
    }

    private static boolean isUniqueViolation(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof SQLException sql) {
            if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (sql instanceof BatchUpdateException && isUniqueViolation(sql.getNextException(), seen)) {
                return true;
            }
        }
        return isUniqueViolation(failure.getCause(), seen);
    }
}
