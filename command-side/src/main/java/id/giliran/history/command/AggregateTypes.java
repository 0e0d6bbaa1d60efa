package id.giliran.history.command;

import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The aggregate classes of the application by the type name their events are stored under (the
 * simple class name), found once by their {@link Aggregate} annotation.
 */
@Component
class AggregateTypes {

    static final String BASE_PACKAGE = "id.giliran";

    private final Map<String, Class<?>> byName = new TreeMap<>();

    AggregateTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Aggregate.class));
        scanner.findCandidateComponents(BASE_PACKAGE).forEach(candidate -> {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), AggregateTypes.class.getClassLoader());
            byName.put(type.getSimpleName(), type);
        });
    }

    Optional<Class<?>> byName(String typeName) {
        return Optional.ofNullable(byName.get(typeName));
    }

    java.util.Set<String> names() {
        return byName.keySet();
    }
}
