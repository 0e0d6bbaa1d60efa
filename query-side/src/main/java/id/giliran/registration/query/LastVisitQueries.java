package id.giliran.registration.query;

import id.giliran.api.registration.FindLastVisitQuery;
import id.giliran.api.registration.LastVisitView;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.function.BooleanSupplier;

/**
 * A patient's last visit from the registrations read model ({@link RegistrationProjection}'s documents): the
 * latest service date of any of their registrations, cancelled ones included (the record was opened that day).
 * While the "registrations" processor is being rebuilt (a reset, an upgraded layout) the read model is partial,
 * and the answer says so rather than give an early date; so does a process that does not run that processor.
 */
@Component
class LastVisitQueries {

    static final String PROCESSING_GROUP = "registrations";

    private final MongoTemplate mongo;
    private final BooleanSupplier complete;

    @Autowired
    LastVisitQueries(MongoTemplate mongo, EventProcessingConfiguration processing) {
        this(mongo, () -> processing.eventProcessor(PROCESSING_GROUP, StreamingEventProcessor.class)
                                    .map(processor -> !processor.isReplaying())
                                    .orElse(false));
    }

    LastVisitQueries(MongoTemplate mongo, BooleanSupplier complete) {
        this.mongo = mongo;
        this.complete = complete;
    }

    @QueryHandler
    LastVisitView handle(FindLastVisitQuery query) {
        boolean wholeBefore = complete.getAsBoolean();
        if (query.patientId() == null || query.patientId().isBlank()) {
            return new LastVisitView(query.patientId(), null, wholeBefore);
        }
        Query latest = Query.query(Criteria.where("patientId").is(query.patientId()))
                            .with(Sort.by(Sort.Direction.DESC, "serviceDate")).limit(1);
        latest.fields().include("serviceDate");
        org.bson.Document found = mongo.findOne(latest, org.bson.Document.class,
                mongo.getCollectionName(RegistrationProjection.RegistrationDocument.class));
        LocalDate serviceDate = found == null || found.getString("serviceDate") == null ? null
                : LocalDate.parse(found.getString("serviceDate"));
        // a rebuild that began while reading may have emptied the collection under the query
        return new LastVisitView(query.patientId(), serviceDate, wholeBefore && complete.getAsBoolean());
    }
}
