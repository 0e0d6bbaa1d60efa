package id.giliran.report.query;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class KeysTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "t-1", "a.b", "$x", "%", "%2E", "%252E", "a.$%N", "%N", "%E"})
    void everyIdBecomesASafeFieldNameAndBack(String id) {
        String field = Keys.field(id);

        assertThat(field).doesNotContain(".").doesNotStartWith("$").isNotEmpty();
        assertThat(Keys.raw(field)).isEqualTo(id);
    }
}
