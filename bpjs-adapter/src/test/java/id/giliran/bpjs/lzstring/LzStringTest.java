package id.giliran.bpjs.lzstring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Vectors produced by the reference JavaScript library (npm lz-string 1.5.0) with
 * {@code src/test/resources/lzstring/generate-vectors.js}.
 */
class LzStringTest {

    static Stream<Arguments> vectors() throws IOException {
        try (InputStream in = LzStringTest.class.getResourceAsStream("/lzstring/vectors.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Arguments> arguments = new ArrayList<>();
            for (JsonNode vector : root.get("vectors")) {
                arguments.add(Arguments.of(vector.get("name").asText(), vector.get("input").asText(),
                        vector.get("compressed").asText()));
            }
            return arguments.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void compressesLikeTheJavaScriptLibrary(String name, String input, String compressed) {
        assertThat(LzString.compressToEncodedURIComponent(input)).isEqualTo(compressed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void decompressesWhatTheJavaScriptLibraryProduced(String name, String input, String compressed) {
        assertThat(LzString.decompressFromEncodedURIComponent(compressed)).isEqualTo(input);
    }

    @Test
    void vectorsCoverLongAndNonAsciiInput() throws IOException {
        List<String> inputs = vectors().map(a -> (String) a.get()[1]).toList();
        assertThat(inputs).anyMatch(String::isEmpty)
                .anyMatch(s -> s.length() > 10_000)
                .anyMatch(s -> s.codePoints().anyMatch(Character::isSupplementaryCodePoint));
    }

    @Test
    void readsSpacesAsPlusLikeTheJavaScriptLibrary() throws IOException {
        Arguments withPlus = vectors().filter(a -> ((String) a.get()[2]).contains("+")).findFirst().orElseThrow();
        String compressed = (String) withPlus.get()[2];
        assertThat(LzString.decompressFromEncodedURIComponent(compressed.replace('+', ' ')))
                .isEqualTo(withPlus.get()[1]);
    }

    @Test
    void cannotDecompressCharactersOutsideTheAlphabet() {
        assertThatThrownBy(() -> LzString.decompressFromEncodedURIComponent("abc/def="))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cannotDecompressATruncatedStream() {
        String compressed = LzString.compressToEncodedURIComponent("{\"field\":\"noUrut\",\"message\":\"A12\"}");
        assertThatThrownBy(() -> LzString.decompressFromEncodedURIComponent(compressed.substring(0, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cannotDecompressEmptyInput() {
        assertThatThrownBy(() -> LzString.decompressFromEncodedURIComponent(""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
