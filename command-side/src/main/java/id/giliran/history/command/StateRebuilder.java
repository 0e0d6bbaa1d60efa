package id.giliran.history.command;

import id.giliran.api.history.HistoryField;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.spring.config.annotation.SpringBeanParameterResolverFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds an aggregate from some of its events the way its repository does: a fresh instance from
 * the aggregate's own model, then every event through its own {@code @EventSourcingHandler}s
 * ({@link EventSourcedAggregate#initializeState}). No rule of the aggregate is copied here. Its
 * model resolves handler parameters from the Spring context too (the counselor's calendar takes the
 * Clock and the service frame), as the counselor snapshotter does. Nothing is published or stored.
 */
@Component
class StateRebuilder {

    private final ParameterResolverFactory springBeans;
    private final Map<Class<?>, AggregateModel<?>> models = new ConcurrentHashMap<>();

    StateRebuilder(ApplicationContext applicationContext) {
        this.springBeans = new SpringBeanParameterResolverFactory(applicationContext);
    }

    /** The aggregate after these events (oldest first, at least one), as fields. */
    <T> List<HistoryField> fieldsAfter(Class<T> type, List<? extends DomainEventMessage<?>> events) {
        return FieldText.ofAggregate(rebuild(type, events));
    }

    <T> T rebuild(Class<T> type, List<? extends DomainEventMessage<?>> events) {
        AggregateModel<T> model = model(type);
        DomainEventMessage<?> first = events.get(0);
        T root = new GenericAggregateFactory<>(model).createAggregateRoot(first.getAggregateIdentifier(), first);
        EventSourcedAggregate<T> aggregate =
                EventSourcedAggregate.initialize(root, model, null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(events.stream()));
        return aggregate.getAggregateRoot();
    }

    @SuppressWarnings("unchecked")
    private <T> AggregateModel<T> model(Class<T> type) {
        return (AggregateModel<T>) models.computeIfAbsent(type, key -> AnnotatedAggregateMetaModelFactory.inspectAggregate(
                key, MultiParameterResolverFactory.ordered(ClasspathParameterResolverFactory.forClass(key), springBeans)));
    }
}
