package id.giliran.ui;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CappedUploadTest {

    /** An endless stream that counts what was taken from it. */
    static final class Endless extends InputStream {
        long taken;
        boolean closed;

        @Override
        public int read() {
            taken++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            taken += length;
            return length;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aFileOfExactlyTheCapIsReadWhole() throws IOException {
        try (InputStream capped = new CappedUpload.CappedStream(new ByteArrayInputStream(new byte[1000]), 1000)) {
            assertThat(capped.readAllBytes()).hasSize(1000);
        }
    }

    @Test
    void theFirstBytePastTheCapIsRefusedAndNothingFurtherIsTaken() {
        Endless endless = new Endless();
        InputStream capped = new CappedUpload.CappedStream(endless, 1000);
        assertThatThrownBy(capped::readAllBytes).isInstanceOf(CappedUpload.TooLarge.class)
                                                .hasMessage("upload refused: larger than its cap of 1000 bytes");
        assertThat(endless.taken).isEqualTo(1001);
    }

    @Test
    void aRefusedStreamIsNotDrainedByClosingIt() throws IOException {
        Endless endless = new Endless();
        InputStream capped = new CappedUpload.CappedStream(endless, 10);
        assertThatThrownBy(capped::readAllBytes).isInstanceOf(CappedUpload.TooLarge.class);
        capped.close();
        assertThat(endless.closed).isFalse();
    }

    @Test
    void capsAreShownInWholeMegabytesOrKilobytes() {
        assertThat(CappedUpload.sizeText(5L * 1024 * 1024)).isEqualTo("5 MB");
        assertThat(CappedUpload.sizeText(512 * 1024)).isEqualTo("512 KB");
        assertThat(CappedUpload.sizeText(1024L * 1024 * 1024)).isEqualTo("1024 MB");
    }
}
