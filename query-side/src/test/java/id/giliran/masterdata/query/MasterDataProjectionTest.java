package id.giliran.masterdata.query;

import id.giliran.api.masterdata.ClinicConfiguredEvent;
import id.giliran.api.masterdata.ClinicRegisteredEvent;
import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.masterdata.CounterRegisteredEvent;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.masterdata.FindClinicsQuery;
import id.giliran.api.masterdata.FindCountersQuery;
import id.giliran.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MasterDataProjectionTest {

    private EmbeddedMongo mongo;
    private MasterDataProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        projection = new MasterDataProjection(mongo.template());
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void clinicsAreListedInPrefixOrder() {
        projection.on(new ClinicRegisteredEvent("GIGI", "Poli Gigi", "B"));
        projection.on(new ClinicRegisteredEvent("UMUM", "Poli Umum", "A"));
        projection.on(new ClinicRegisteredEvent("UMUM", "Poli Umum", "A"));

        assertThat(projection.handle(new FindClinicsQuery()))
                .containsExactly(new ClinicView("UMUM", "Poli Umum", "A", "", 0, true, 1),
                        new ClinicView("GIGI", "Poli Gigi", "B", "", 0, true, 2));

        projection.on(new ClinicConfiguredEvent("GIGI", "Poli Gigi & Mulut", "002", 40, false, 0));
        assertThat(projection.handle(new FindClinicsQuery()))
                .containsExactly(new ClinicView("GIGI", "Poli Gigi & Mulut", "B", "002", 40, false, 0),
                        new ClinicView("UMUM", "Poli Umum", "A", "", 0, true, 1));
    }

    @Test
    void countersAreListedByNumber() {
        projection.on(new CounterRegisteredEvent("LOKET-2", 2, "Loket 2"));
        projection.on(new CounterRegisteredEvent("LOKET-1", 1, "Loket 1"));

        assertThat(projection.handle(new FindCountersQuery()))
                .containsExactly(new CounterView("LOKET-1", 1, "Loket 1"), new CounterView("LOKET-2", 2, "Loket 2"));
    }

    @Test
    void aResetEmptiesTheReadModel() {
        projection.on(new CounterRegisteredEvent("LOKET-1", 1, "Loket 1"));
        projection.reset();

        assertThat(projection.handle(new FindCountersQuery())).isEmpty();
    }
}
