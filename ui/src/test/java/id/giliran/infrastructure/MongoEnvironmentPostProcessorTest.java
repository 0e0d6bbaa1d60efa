package id.giliran.infrastructure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class MongoEnvironmentPostProcessorTest {

    private final MongoEnvironmentPostProcessor postProcessor = new MongoEnvironmentPostProcessor();

    private MockEnvironment process(MockEnvironment environment) {
        postProcessor.postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void theShortVariableSelectsAnExternalMongoDbAndItsDatabase() {
        var environment = process(new MockEnvironment().withProperty("MONGODB_URI", "mongodb://db:27017/puskesmas"));

        assertThat(environment.getProperty("spring.data.mongodb.uri")).isEqualTo("mongodb://db:27017/puskesmas");
        assertThat(environment.containsProperty("spring.data.mongodb.database")).isFalse();
    }

    @Test
    void anExplicitPropertyWins() {
        var environment = process(new MockEnvironment()
                .withProperty("MONGODB_URI", "mongodb://db:27017/giliran")
                .withProperty("spring.data.mongodb.uri", "mongodb://other:27017/giliran"));

        assertThat(environment.getProperty("spring.data.mongodb.uri")).isEqualTo("mongodb://other:27017/giliran");
    }

    @Test
    void theDatabaseVariableNamesTheDatabase() {
        var environment = process(new MockEnvironment()
                .withProperty("MONGODB_URI", "mongodb://db:27017/")
                .withProperty("MONGODB_DATABASE", "giliran_jember"));

        assertThat(environment.getProperty("spring.data.mongodb.database")).isEqualTo("giliran_jember");
    }

    @Test
    void withoutAUriTheEmbeddedServerAndItsDatabaseAreUsed() {
        var environment = process(new MockEnvironment());

        assertThat(environment.containsProperty("spring.data.mongodb.uri")).isFalse();
        assertThat(environment.getProperty("spring.data.mongodb.database")).isEqualTo("giliran");
    }
}
