package id.giliran;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The all-in-one application: command side, query side, BPJS adapter and UI in one JVM. Which
 * event store, message bus and MongoDB it uses is configuration (see application.yml and the
 * {@code axonserver} profile), never code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GiliranApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(GiliranApplication.class, args);
    }
}
