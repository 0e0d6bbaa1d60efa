package id.giliran.privacy;

import id.giliran.privacy.PersonalValue.Kind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scanner of PersonalDataAtRestIT finds a value in every form it can be stored or logged in. */
class ValueScannerTest {

    private static List<ValueScanner.Hit> scan(String stored, PersonalValue value) {
        return ValueScanner.scan(stored.getBytes(StandardCharsets.UTF_8), "test", List.of(value));
    }

    @Test
    void canFindATextJsonEscapedInAnEventPayload() {
        PersonalValue topic = new PersonalValue(Kind.TOPIC, "topic", "Cemas \"berlebihan\" saat ujian");

        assertThat(scan("{\"topic\":\"Cemas \\\"berlebihan\\\" saat ujian\"}", topic)).hasSize(1);
        assertThat(scan("...Cemas \"berlebihan\" saat ujian...", topic)).hasSize(1);
    }

    @Test
    void canFindAPhoneNumberInEachOfItsForms() {
        PersonalValue phone = new PersonalValue(Kind.PHONE, "phone", "081234567890");

        assertThat(scan("to=+6281234567890", phone)).hasSize(1);
        assertThat(scan("{\"to\":\"6281234567890\"}", phone)).hasSize(1);
        assertThat(scan("HP 081234567890", phone)).hasSize(1);
        assertThat(scan("HP 0812 3456 7890", phone)).isEmpty();
    }

    @Test
    void canFindANameWhateverItsCase() {
        PersonalValue name = new PersonalValue(Kind.NAME, "name", "Siti Aminah");

        assertThat(scan("nama=SITI AMINAH", name)).singleElement()
                .satisfies(hit -> assertThat(hit.context()).contains("SITI AMINAH"));
    }

    @Test
    void canFindAValueBetweenBinaryBytes() {
        byte[] stored = new byte[]{0, 1, (byte) 0xff, '3', '5', '0', '9', '0', '1', '5', '5', '0', '3', '9', '5',
                '0', '1', '2', '3', 0, 7};
        PersonalValue nik = new PersonalValue(Kind.NIK, "nik", "3509015503950123");

        assertThat(ValueScanner.scan(stored, "binary", List.of(nik))).singleElement()
                .satisfies(hit -> assertThat(hit.offset()).isEqualTo(3));
    }

    @Test
    void cannotFindWhatIsNotThereNorTakeAValueTooShortToMeanAnything() {
        assertThat(scan("gpd1:0a1b:c2VhbGVk", new PersonalValue(Kind.NIK, "nik", "3509015503950123"))).isEmpty();
        assertThatThrownBy(() -> new PersonalValue(Kind.NAME, "name", "Ani")).isInstanceOf(
                IllegalArgumentException.class);
    }
}
