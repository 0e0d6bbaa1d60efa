package id.giliran.privacy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class MasterKeyFailureAnalyzerTest {

    private final MasterKeyFailureAnalyzer analyzer = new MasterKeyFailureAnalyzer();

    private static Throwable asSpringThrowsIt(Throwable cause) {
        return new BeanCreationException("personalDataKeys", "Failed to instantiate", cause);
    }

    @Test
    void canExplainAMasterKeyThatDoesNotOpenTheStoredKeys() {
        FailureAnalysis analysis = analyzer.analyze(asSpringThrowsIt(
                new MasterKeys.WrongMasterKeyException("wrapped by master key 0a1b, configured 2c3d")));

        assertThat(analysis.getDescription()).startsWith("The master key does not open the stored personal-data keys")
                                             .contains("wrapped by master key 0a1b, configured 2c3d");
        assertThat(analysis.getAction()).contains("GILIRAN_SECRETS_PREVIOUS_KEYS", "secrets.key");
    }

    @Test
    void canExplainAMissingMasterKey() {
        FailureAnalysis analysis = analyzer.analyze(asSpringThrowsIt(
                new MasterKeys.MissingMasterKeyException("No master key")));

        assertThat(analysis.getDescription()).startsWith("There is no master key");
        assertThat(analysis.getAction()).contains("GILIRAN_SECRETS_KEY", "openssl rand -base64 32");
    }

    @Test
    void canExplainAKeyThatIsNotBase64Of32Bytes() {
        Throwable failure = null;
        try {
            SecretsKeyFile.decode("c2hvcnQ=", "giliran.secrets.key (GILIRAN_SECRETS_KEY)");
        } catch (RuntimeException e) {
            failure = e;
        }

        FailureAnalysis analysis = analyzer.analyze(asSpringThrowsIt(failure));

        assertThat(analysis.getDescription()).contains("must be 32 bytes (256 bits), not 5");
    }

    @Test
    void cannotExplainAnythingElse() {
        assertThat(analyzer.analyze(asSpringThrowsIt(new IllegalStateException("master key")))).isNull();
    }
}
