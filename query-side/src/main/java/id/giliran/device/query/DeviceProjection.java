package id.giliran.device.query;

import id.giliran.api.device.DeviceEnrolledEvent;
import id.giliran.api.device.DeviceRegisteredEvent;
import id.giliran.api.device.DeviceRevokedEvent;
import id.giliran.api.device.DeviceView;
import id.giliran.api.device.FindDeviceByTokenQuery;
import id.giliran.api.device.FindDevicesQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The registered kiosks and displays: ADMIN's list, and which device a browser's token belongs to. */
@Component
@ProcessingGroup("devices")
class DeviceProjection {

    private final MongoTemplate mongo;

    DeviceProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(DeviceRegisteredEvent event) {
        mongo.save(new DeviceDocument(event.deviceId(), event.name(), event.kind(), event.registeredAt(), null, null,
                null));
    }

    @EventHandler
    void on(DeviceEnrolledEvent event) {
        mongo.updateFirst(byId(event.deviceId()),
                new Update().set("tokenHash", event.tokenHash()).set("enrolledAt", event.enrolledAt()),
                DeviceDocument.class);
    }

    @EventHandler
    void on(DeviceRevokedEvent event) {
        mongo.updateFirst(byId(event.deviceId()), new Update().set("revokedAt", event.revokedAt()),
                DeviceDocument.class);
    }

    @QueryHandler
    List<DeviceView> handle(FindDevicesQuery query) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "registeredAt")), DeviceDocument.class)
                    .stream().map(DeviceProjection::view).toList();
    }

    @QueryHandler
    Optional<DeviceView> handle(FindDeviceByTokenQuery query) {
        if (query.tokenHash() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("tokenHash").is(query.tokenHash())),
                DeviceDocument.class)).map(DeviceProjection::view);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), DeviceDocument.class);
    }

    private static Query byId(String deviceId) {
        return Query.query(Criteria.where("_id").is(deviceId));
    }

    private static DeviceView view(DeviceDocument document) {
        return new DeviceView(document.deviceId(), document.name(), document.kind(), document.registeredAt(),
                document.enrolledAt(), document.revokedAt());
    }
}
