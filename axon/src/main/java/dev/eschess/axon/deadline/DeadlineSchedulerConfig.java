package dev.eschess.axon.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.Task;
import java.util.Optional;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerHumanReadableDeadlineDetails;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's deadline manager on db-scheduler, as Axon's auto-configuration builds it except for the stored form: each
 * deadline's row holds JSON (deadline name, aggregate scope and metadata written by our Jackson event serializer),
 * where Axon's default stores a Java-serialized Axon class without a fixed {@code serialVersionUID}, which an Axon
 * upgrade could make unreadable. db-scheduler's Spring Boot starter builds and starts the scheduler from the
 * {@code db-scheduler.*} properties; its table comes from Flyway (ADR 0063).
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineSchedulerConfig {

    /** The task data of every db-scheduler row as JSON instead of Java serialization. */
    @Bean
    public DbSchedulerCustomizer jsonTaskData() {
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<com.github.kagkarlsson.scheduler.serializer.Serializer> serializer() {
                return Optional.of(new JacksonSerializer());
            }
        };
    }

    /**
     * The db-scheduler task that runs a due deadline, in the readable form; under this qualifier it replaces the
     * binary task of Axon's auto-configuration.
     */
    @Bean
    @Qualifier("deadlineDetailsTask")
    public Task<DbSchedulerHumanReadableDeadlineDetails> deadlineDetailsTask(ApplicationContext context) {
        return DbSchedulerDeadlineManager.humanReadableTask(() -> context.getBean(DbSchedulerDeadlineManager.class));
    }

    // tag::cmp-deadlines[]
    /**
     * The deadline manager the aggregate receives. It schedules and runs deadlines in Spring's transaction (scheduling
     * joins the command's, so a deadline is stored with the events that set it, or not at all); db-scheduler's
     * starter starts and stops the scheduler.
     */
    @Bean
    public DbSchedulerDeadlineManager deadlineManager(Scheduler scheduler,
                                                      org.axonframework.config.Configuration configuration,
                                                      @Qualifier("eventSerializer") Serializer eventSerializer,
                                                      TransactionManager transactionManager,
                                                      DeadlineManagerSpanFactory spanFactory) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(eventSerializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                .useBinaryPojo(false)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }
    // end::cmp-deadlines[]
}
