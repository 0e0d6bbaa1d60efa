package id.giliran.document.ui;

import com.vaadin.flow.component.UI;
import com.mongodb.client.gridfs.model.GridFSFile;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.document.AttachDocumentCommand;
import id.giliran.api.document.DocumentType;
import id.giliran.api.document.DocumentView;
import id.giliran.api.identity.Role;
import id.giliran.ui.ErrorText;
import id.giliran.privacy.PersonalDataCipher;
import id.giliran.ui.KaribuTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class DocumentsTest extends KaribuTest {

    private DocumentService documents;
    private String patientId;

    @BeforeEach
    void signInAtTheFrontDesk() {
        documents = context.getBean(DocumentService.class);
        patientId = UUID.randomUUID().toString();
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
    }

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 25, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static ErrorCode codeOf(Throwable failure) {
        return ErrorText.codeOf(failure).orElseThrow(() -> new AssertionError("no code", failure));
    }

    @Test
    void aScanIsStoredAttachedListedAndReadBack() throws IOException {
        byte[] scan = png();
        String documentId = documents.attach(patientId, DocumentType.KTP, "ktp.png", scan);

        await().pollInSameThread().untilAsserted(() -> assertThat(documents.documents(patientId))
                .extracting(DocumentView::documentId, DocumentView::type, DocumentView::contentType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(documentId, DocumentType.KTP, "image/png")));
        assertThat(documents.open(patientId, documentId).orElseThrow().content()).isEqualTo(scan);
        assertThat(documents.open(UUID.randomUUID().toString(), documentId)).as("not another patient's").isEmpty();
    }

    private byte[] storedBytes(String documentId) throws IOException {
        GridFsTemplate gridFs = context.getBean(GridFsTemplate.class);
        GridFSFile file = gridFs.findOne(Query.query(Criteria.where("filename").is(documentId)));
        try (InputStream in = gridFs.getResource(file).getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** Whether any {@code window} bytes in a row of {@code part} appear in {@code whole}. */
    private static boolean sharesARun(byte[] whole, byte[] part, int window) {
        for (int from = 0; from + window <= part.length; from++) {
            byte[] run = Arrays.copyOfRange(part, from, from + window);
            for (int at = 0; at + window <= whole.length; at++) {
                if (Arrays.equals(whole, at, at + window, run, 0, window)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aScanIsKeptSealedWithThePatientsKeySoTheStoreHoldsNoPartOfIt() throws IOException {
        byte[] scan = ("%PDF-1.4\n% KARTU TANDA PENDUDUK NIK 3509125507880003 NAMA SULASTRI WAHYUNINGSIH\n"
                + "1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);

        String documentId = documents.attach(patientId, DocumentType.KTP, "ktp.pdf", scan);

        byte[] stored = storedBytes(documentId);
        assertThat(PersonalDataCipher.isSealed(stored)).isTrue();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain("3509125507880003", "SULASTRI", "%PDF");
        assertThat(sharesARun(stored, scan, 8)).as("an 8-byte run of the file in the store").isFalse();
        await().pollInSameThread().untilAsserted(() ->
                assertThat(documents.open(patientId, documentId).orElseThrow().content()).isEqualTo(scan));
    }

    @Test
    void aScanStoredBeforeSealingStillOpens() {
        byte[] scan = pdf();
        String documentId = UUID.randomUUID().toString();
        context.getBean(GridFsTemplate.class).store(new ByteArrayInputStream(scan), documentId, "application/pdf",
                new org.bson.Document("documentId", documentId).append("patientId", patientId)
                                                               .append("contentType", "application/pdf"));
        context.getBean(CommandGateway.class).sendAndWait(new AttachDocumentCommand(documentId, patientId,
                DocumentType.KK, "kk.pdf", "application/pdf", scan.length, "0".repeat(64)));

        await().pollInSameThread().untilAsserted(() ->
                assertThat(documents.open(patientId, documentId)).map(OpenedFile::content).contains(scan));
    }

    @Test
    void theTypeIsToldByTheContentNotByTheName() {
        long before = documents.storedFiles();
        byte[] text = "Ini bukan PDF, hanya teks biasa.".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> documents.attach(patientId, DocumentType.KK, "kk.pdf", text))
                .satisfies(failure -> assertThat(codeOf(failure)).isEqualTo(ErrorCode.DOCUMENT_TYPE_NOT_ACCEPTED));
        assertThat(documents.storedFiles()).isEqualTo(before);
        assertThat(documents.attach(patientId, DocumentType.KK, "kk-scan.jpg.bin", pdf())).isNotBlank();
    }

    @Test
    void anOversizedOrEmptyFileIsRefusedAndNothingIsStored() {
        long before = documents.storedFiles();
        byte[] big = new byte[(int) documents.maxBytes() + 1];
        System.arraycopy(pdf(), 0, big, 0, pdf().length);

        assertThatThrownBy(() -> documents.attach(patientId, DocumentType.KARTU_BPJS, "bpjs.pdf", big))
                .satisfies(failure -> assertThat(codeOf(failure)).isEqualTo(ErrorCode.DOCUMENT_TOO_LARGE));
        assertThatThrownBy(() -> documents.attach(patientId, DocumentType.KARTU_BPJS, "bpjs.pdf", new byte[0]))
                .satisfies(failure -> assertThat(codeOf(failure)).isEqualTo(ErrorCode.DOCUMENT_EMPTY));
        assertThat(documents.storedFiles()).isEqualTo(before);
    }

    @Test
    void aPatientCannotAttachScansAndTheStoredFileIsRemovedAgain() {
        long before = documents.storedFiles();
        signIn("pasien@giliran.id", Role.PASIEN);

        assertThatThrownBy(() -> documents.attach(patientId, DocumentType.KTP, "ktp.pdf", pdf()))
                .satisfies(failure -> assertThat(codeOf(failure)).isEqualTo(ErrorCode.ACCESS_DENIED));
        assertThat(documents.storedFiles()).isEqualTo(before);
    }

    @Test
    void thePanelShowsWhyAFileWasRefusedAndListsWhatWasAttached() throws IOException {
        DocumentsPanel panel = new DocumentsPanel(documents, ZoneId.of("Asia/Jakarta"), patientId);
        UI.getCurrent().add(panel);

        panel.received("surat.pdf", "bukan pdf".getBytes(StandardCharsets.UTF_8));
        expectNotifications("Jenis berkas tidak diterima: isi berkas harus foto (JPG, PNG) atau PDF. "
                + "Tidak ada yang disimpan.");

        panel.type.setValue(DocumentType.KIA);
        panel.received("kia.png", png());
        expectNotifications("KIA tersimpan.");
        await().pollInSameThread().untilAsserted(() -> {
            panel.refresh();
            assertThat(panel.list.getElement().getTextRecursively()).contains("KIA", "kia.png", "Lihat");
        });
    }
}
