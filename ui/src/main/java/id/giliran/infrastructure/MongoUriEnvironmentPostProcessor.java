package id.giliran.infrastructure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Lets the short environment variable MONGODB_URI set {@code spring.data.mongodb.uri} (which
 * switches from the embedded server to a real MongoDB), unless that property is set already.
 */
public class MongoUriEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String PROPERTY = "spring.data.mongodb.uri";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String uri = environment.getProperty("MONGODB_URI");
        if (uri != null && !uri.isBlank() && !environment.containsProperty(PROPERTY)) {
            environment.getPropertySources().addFirst(new MapPropertySource("giliranMongoUri", Map.of(PROPERTY, uri)));
        }
    }
}
