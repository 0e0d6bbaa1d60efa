package id.giliran.queue.query;

import id.giliran.api.queue.FindQueueSettingsQuery;
import id.giliran.api.queue.PriorityRatio;
import id.giliran.api.queue.QueueConfiguredEvent;
import id.giliran.api.queue.QueueSettingsView;
import id.giliran.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueueSettingsProjectionTest {

    private EmbeddedMongo mongo;
    private QueueSettingsProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        projection = new QueueSettingsProjection(mongo.template());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void theDefaultsHoldUntilAnAdminSetsTheQueue() {
        assertThat(projection.handle(new FindQueueSettingsQuery())).isEqualTo(QueueSettingsView.DEFAULT);

        projection.on(new QueueConfiguredEvent("queue-settings", new PriorityRatio(1, 0), false, "Jam layanan 07.30–14.00",
                java.time.LocalTime.of(7, 30), java.time.LocalTime.of(14, 0), java.util.List.of(java.time.LocalDate.of(2026, 12, 25))));

        assertThat(projection.handle(new FindQueueSettingsQuery()))
                .isEqualTo(new QueueSettingsView(new PriorityRatio(1, 0), false, "Jam layanan 07.30–14.00",
                        java.time.LocalTime.of(7, 30), java.time.LocalTime.of(14, 0),
                        java.util.List.of(java.time.LocalDate.of(2026, 12, 25)), 5, 3));

        projection.on(new id.giliran.api.queue.AverageServiceTimeSetEvent("queue-settings", 8));
        assertThat(projection.handle(new FindQueueSettingsQuery()).averageServiceMinutes()).isEqualTo(8);

        projection.on(new id.giliran.api.queue.NotifyAheadSetEvent("queue-settings", 5));
        assertThat(projection.handle(new FindQueueSettingsQuery()))
                .as("each setting keeps its value when another changes")
                .extracting(QueueSettingsView::notifyAhead, QueueSettingsView::averageServiceMinutes,
                        QueueSettingsView::runningText)
                .containsExactly(5, 8, "Jam layanan 07.30–14.00");
    }
}
