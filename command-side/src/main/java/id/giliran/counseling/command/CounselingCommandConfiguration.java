package id.giliran.counseling.command;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.spring.config.annotation.SpringBeanParameterResolverFactory;
import org.springframework.context.ApplicationContext;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;

/**
 * A counselor's calendar collects an event for every step of every booking, so it is loaded from a
 * snapshot taken every {@value #SNAPSHOT_EVERY} events, on its own thread (as the medical record
 * numbering: taken on the committing thread, the snapshot would wait for a database connection while
 * the calendar is still locked).
 */
@Configuration(proxyBeanMethods = false)
class CounselingCommandConfiguration {

    static final String COUNSELOR_SNAPSHOTS = "counselorSnapshotTrigger";
    static final int SNAPSHOT_EVERY = 50;

    @Bean(COUNSELOR_SNAPSHOTS)
    SnapshotTriggerDefinition counselorSnapshotTrigger(EventStore eventStore, TransactionManager transactionManager,
                                                       ApplicationContext applicationContext) {
        // the calendar's handlers take the Clock and the service frame as Spring beans: the snapshotter
        // builds its own model of the aggregate, so it must resolve them too
        ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(Counselor.class),
                new SpringBeanParameterResolverFactory(applicationContext));
        AggregateSnapshotter snapshotter = AggregateSnapshotter.builder()
                .eventStore(eventStore)
                .parameterResolverFactory(resolvers)
                .aggregateFactories(new GenericAggregateFactory<>(
                        AnnotatedAggregateMetaModelFactory.inspectAggregate(Counselor.class, resolvers)))
                .transactionManager(transactionManager)
                .executor(Executors.newSingleThreadExecutor(work -> {
                    Thread thread = new Thread(work, "counselor-snapshots");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }
}
