package dev.eschess.web.schema;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.PriorityOrdered;

/**
 * Claims or checks the owner mark of every data source as soon as the data source exists, before any bean that
 * migrates (web's {@link WebSchema}, the variant's Flyway) can receive it: a server started on another server's
 * database stops before it creates a table (ADR 0055). An application without a {@link SchemaOwner} bean is not
 * checked.
 */
public final class SchemaOwnershipGuard implements BeanPostProcessor, PriorityOrdered {

    private final ObjectProvider<SchemaOwner> owner;

    /** The owner is looked up when the first data source is ready, not when this post-processor is created. */
    public SchemaOwnershipGuard(ObjectProvider<SchemaOwner> owner) {
        this.owner = owner;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            owner.ifAvailable(server -> claim(dataSource, server));
        }
        return bean;
    }

    private static void claim(DataSource dataSource, SchemaOwner server) {
        try {
            new SchemaOwnership(dataSource).claimFor(server);
        } catch (RuntimeException refused) {
            // Spring registers no destroy callback for a bean whose post-processing failed: close the pool here.
            if (dataSource instanceof AutoCloseable pool) {
                try {
                    pool.close();
                } catch (Exception whileClosing) {
                    refused.addSuppressed(whileClosing);
                }
            }
            throw refused;
        }
    }

    @Override
    public int getOrder() {
        // In place before the ordered and plain post-processors are created: one of them could pull in the data source.
        return HIGHEST_PRECEDENCE;
    }
}
