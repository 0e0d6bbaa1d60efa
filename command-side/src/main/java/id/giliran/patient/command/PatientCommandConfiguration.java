package id.giliran.patient.command;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;

/**
 * The numbering of medical records is loaded from a snapshot taken every {@value #SNAPSHOT_EVERY}
 * numbers. Snapshots are taken on their own thread: taken on the committing thread (Axon's default),
 * the snapshot waits for a database connection while the numbering is still locked, and registrations
 * holding the other connections wait for that lock — a deadlock under load.
 */
@Configuration(proxyBeanMethods = false)
class PatientCommandConfiguration {

    static final String NUMBERING_SNAPSHOTS = "medicalRecordNumberingSnapshotTrigger";
    static final int SNAPSHOT_EVERY = 50;

    @Bean(NUMBERING_SNAPSHOTS)
    SnapshotTriggerDefinition medicalRecordNumberingSnapshotTrigger(EventStore eventStore,
                                                                    TransactionManager transactionManager) {
        AggregateSnapshotter snapshotter = AggregateSnapshotter.builder()
                .eventStore(eventStore)
                .aggregateFactories(new GenericAggregateFactory<>(MedicalRecordNumbering.class))
                .transactionManager(transactionManager)
                .executor(Executors.newSingleThreadExecutor(work -> {
                    Thread thread = new Thread(work, "medical-record-snapshots");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }
}
