package id.giliran.document.ui;

import id.giliran.api.common.TextLimit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFileNameTest {

    @Test
    void aFileNameWithinTheLimitIsKept() {
        assertThat(DocumentService.shortened("ktp siti.jpg")).isEqualTo("ktp siti.jpg");
        assertThat(DocumentService.shortened(null)).isNull();
    }

    @Test
    void aLongerFileNameIsCutToTheLimitKeepingItsExtension() {
        String cut = DocumentService.shortened("x".repeat(400) + ".pdf");

        assertThat(cut).hasSize(TextLimit.FILE_NAME.max()).endsWith("xx.pdf");
    }
}
