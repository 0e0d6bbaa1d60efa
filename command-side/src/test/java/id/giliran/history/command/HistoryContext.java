package id.giliran.history.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.mockito.Mockito;
import org.springframework.context.support.GenericApplicationContext;

import java.lang.reflect.Executable;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Spring beans the aggregates' handlers take as parameters (the clock, admission, rosters, the
 * service frame...), as inert mocks: the history only replays events, so none is ever called, but
 * each aggregate's model must resolve them as the application's does.
 */
final class HistoryContext implements AutoCloseable {

    private final GenericApplicationContext context = new GenericApplicationContext();

    HistoryContext(Clock clock) {
        context.registerBean(Clock.class, () -> clock);
        Set<Class<?>> beanTypes = new LinkedHashSet<>();
        AggregateTypes types = new AggregateTypes();
        types.names().forEach(name -> {
            Class<?> type = types.byName(name).orElseThrow();
            Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
                  .filter(handler -> handler.isAnnotationPresent(CommandHandler.class)
                          || handler.isAnnotationPresent(EventSourcingHandler.class))
                  .map(Executable::getParameterTypes)
                  .flatMap(Stream::of)
                  .filter(parameter -> parameter.getName().startsWith("id.giliran.")
                          && !parameter.getName().startsWith("id.giliran.api."))
                  .forEach(beanTypes::add);
        });
        beanTypes.forEach(this::registerMock);
        context.refresh();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void registerMock(Class type) {
        context.registerBean(type, () -> Mockito.mock(type));
    }

    GenericApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
