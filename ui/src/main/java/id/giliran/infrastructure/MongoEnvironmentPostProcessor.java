package id.giliran.infrastructure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;

/**
 * Which MongoDB, from the short environment variables:
 * <ul>
 *     <li>MONGODB_URI sets {@code spring.data.mongodb.uri}, which switches from the embedded server to
 *     that MongoDB; the database is the one the URI names;</li>
 *     <li>MONGODB_DATABASE, when set, names the database whatever the URI says;</li>
 *     <li>with neither, the embedded server's database is {@value #EMBEDDED_DATABASE}.</li>
 * </ul>
 * Properties set explicitly always win.
 */
public class MongoEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String URI = "spring.data.mongodb.uri";
    static final String DATABASE = "spring.data.mongodb.database";
    static final String EMBEDDED_DATABASE = "giliran";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> derived = new HashMap<>();
        String uri = environment.getProperty("MONGODB_URI");
        if (isSet(uri) && !environment.containsProperty(URI)) {
            derived.put(URI, uri);
        }
        if (!environment.containsProperty(DATABASE)) {
            String database = environment.getProperty("MONGODB_DATABASE");
            if (isSet(database)) {
                derived.put(DATABASE, database);
            } else if (!derived.containsKey(URI) && !isSet(environment.getProperty(URI))) {
                derived.put(DATABASE, EMBEDDED_DATABASE);
            }
        }
        if (!derived.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("giliranMongo", derived));
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
