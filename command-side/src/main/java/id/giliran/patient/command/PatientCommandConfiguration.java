package id.giliran.patient.command;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The numbering of medical records is loaded from a snapshot taken every {@value #SNAPSHOT_EVERY} numbers. */
@Configuration(proxyBeanMethods = false)
class PatientCommandConfiguration {

    static final String NUMBERING_SNAPSHOTS = "medicalRecordNumberingSnapshotTrigger";
    static final int SNAPSHOT_EVERY = 50;

    @Bean(NUMBERING_SNAPSHOTS)
    SnapshotTriggerDefinition medicalRecordNumberingSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY);
    }
}
