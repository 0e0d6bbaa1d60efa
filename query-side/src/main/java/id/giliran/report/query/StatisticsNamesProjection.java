package id.giliran.report.query;

import id.giliran.api.masterdata.ClinicConfiguredEvent;
import id.giliran.api.masterdata.ClinicRegisteredEvent;
import id.giliran.api.masterdata.CounterRegisteredEvent;
import id.giliran.api.masterdata.DoctorSavedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The names the statistics show, as they are now (a renamed clinic is shown with its new name in last
 * year's report too), and the counters the dashboard lists. Kept here so that the statistics read model
 * rebuilds on its own, without asking the master-data read model.
 */
@Component
@ProcessingGroup(QueueStatisticsProjection.PROCESSING_GROUP)
class StatisticsNamesProjection {

    private final MongoTemplate mongo;

    StatisticsNamesProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ClinicRegisteredEvent event) {
        save(Names.CLINIC, event.clinicCode(), new Update().set("name", event.name()));
    }

    @EventHandler
    void on(ClinicConfiguredEvent event) {
        save(Names.CLINIC, event.clinicCode(), new Update().set("name", event.name())
                                                           .set("order", event.displayOrder()));
    }

    @EventHandler
    void on(DoctorSavedEvent event) {
        save(Names.DOCTOR, event.doctorId(), new Update().set("name", event.name()));
    }

    @EventHandler
    void on(CounterRegisteredEvent event) {
        save(Names.COUNTER, event.counterId(), new Update().set("name", event.name()).set("order", event.number()));
    }

    private void save(String kind, String code, Update update) {
        mongo.upsert(Query.query(where("_id").is(kind + ":" + code)), update.set("kind", kind).set("code", code),
                StatisticsStore.NAMES);
    }
}
