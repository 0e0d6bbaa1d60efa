package id.giliran.privacy;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Personal data in every mode: the master key (env {@code GILIRAN_SECRETS_KEY}, or the owner-only key file of
 * the embedded default) and the previous ones of a rotation ({@code GILIRAN_SECRETS_PREVIOUS_KEYS}, comma
 * separated), the key store in MongoDB, and the event serializer that seals and opens personal fields. Without
 * a master key, or with one that does not open the stored keys, the application refuses to start: data it wrote
 * then could never be read.
 */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    @Bean
    MasterKeys personalDataMasterKeys(@Value("${giliran.secrets.key:}") String key,
                                      @Value("${giliran.secrets.key-file:}") String keyFile,
                                      @Value("${giliran.secrets.previous-keys:}") String previousKeys) {
        byte[] current = SecretsKeyFile.resolve(key, keyFile).orElseThrow(() -> new MasterKeys
                .MissingMasterKeyException(
                "No master key: set GILIRAN_SECRETS_KEY (Base64 of 32 random bytes, e.g. `openssl rand -base64 32`) "
                        + "or giliran.secrets.key-file. Giliran does not start without one: personal data is "
                        + "stored only encrypted."));
        List<byte[]> previous = new ArrayList<>();
        Arrays.stream(previousKeys.split(",")).map(String::strip).filter(text -> !text.isEmpty())
              .forEach(text -> previous.add(SecretsKeyFile.decode(text,
                      "giliran.secrets.previous-keys (GILIRAN_SECRETS_PREVIOUS_KEYS)")));
        return new MasterKeys(current, previous);
    }

    @Bean
    PersonalDataKeys personalDataKeys(MongoOperations mongo, MasterKeys personalDataMasterKeys, Clock clock) {
        PersonalDataKeys keys = new PersonalDataKeys(mongo, personalDataMasterKeys, clock);
        keys.open();
        return keys;
    }

    @Bean
    PersonalDataCipher personalDataCipher(PersonalDataKeys personalDataKeys) {
        return new PersonalDataCipher(personalDataKeys);
    }

    @Bean
    KeyedHashes keyedHashes(PersonalDataKeys personalDataKeys) {
        return new KeyedHashes(personalDataKeys);
    }

    /** Axon's event serializer (event store, dead letters, Axon Server): Jackson with personal fields sealed. */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(@Qualifier("serializer") Serializer general, PersonalDataCipher personalDataCipher) {
        if (!(general instanceof JacksonSerializer jackson)) {
            throw new IllegalStateException("personal data is sealed in JSON: axon.serializer.general must be jackson");
        }
        return new PersonalDataSerializer(jackson, personalDataCipher);
    }
}
