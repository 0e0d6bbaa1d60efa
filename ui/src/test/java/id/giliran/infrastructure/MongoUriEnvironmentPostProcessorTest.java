package id.giliran.infrastructure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class MongoUriEnvironmentPostProcessorTest {

    private final MongoUriEnvironmentPostProcessor postProcessor = new MongoUriEnvironmentPostProcessor();

    @Test
    void theShortVariableSelectsAnExternalMongoDb() {
        MockEnvironment environment = new MockEnvironment().withProperty("MONGODB_URI", "mongodb://db:27017/giliran");

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.data.mongodb.uri")).isEqualTo("mongodb://db:27017/giliran");
    }

    @Test
    void anExplicitPropertyWins() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("MONGODB_URI", "mongodb://db:27017/giliran")
                .withProperty("spring.data.mongodb.uri", "mongodb://other:27017/giliran");

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.data.mongodb.uri")).isEqualTo("mongodb://other:27017/giliran");
    }

    @Test
    void withoutEitherTheEmbeddedServerIsUsed() {
        MockEnvironment environment = new MockEnvironment();

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.containsProperty("spring.data.mongodb.uri")).isFalse();
    }
}
