package id.giliran.report.query;

import id.giliran.api.queue.PaymentType;
import id.giliran.api.report.QueueFigures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static id.giliran.report.query.StatisticsFixture.TODAY;
import static id.giliran.report.query.StatisticsFixture.at;
import static id.giliran.report.query.StatisticsFixture.general;
import static org.assertj.core.api.Assertions.assertThat;

class QueueStatisticsProjectionTest {

    private final StatisticsFixture fixture = new StatisticsFixture();

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void countsTicketsTakenAtTheKiosk() {
        fixture.queue.on(general("t1", 1, "UMUM", PaymentType.BPJS, at(0)));
        fixture.queue.on(general("t2", 2, "UMUM", PaymentType.UMUM, at(5)));

        QueueFigures queue = fixture.dashboard(TODAY).queue();
        assertThat(queue.tickets()).isEqualTo(2);
        assertThat(queue.general()).isEqualTo(2);
        assertThat(queue.bpjs()).isEqualTo(1);
        assertThat(queue.umum()).isEqualTo(1);
        assertThat(queue.waiting()).isEqualTo(2);
        assertThat(queue.averageWait()).isNull();
        assertThat(queue.waitP90()).isNull();
    }

    @Test
    void aTicketIssuedTwiceIsOneTicket() {
        fixture.queue.on(general("t1", 1, "UMUM", PaymentType.BPJS, at(0)));
        fixture.queue.on(general("t1", 1, "UMUM", PaymentType.BPJS, at(0)));

        assertThat(fixture.dashboard(TODAY).queue().tickets()).isEqualTo(1);
        assertThat(Duration.ZERO).isNotNull();
    }
}
