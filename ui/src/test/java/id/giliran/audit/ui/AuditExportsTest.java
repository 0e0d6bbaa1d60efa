package id.giliran.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import id.giliran.api.audit.AuditEntryKind;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.audit.FindAuditEntriesQuery;
import id.giliran.api.identity.Role;
import id.giliran.audit.export.AuditExportVerifier;
import id.giliran.audit.export.ChainedDigest;
import id.giliran.patient.ui.PatientService;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The auditor filters "Jejak audit" by kind of entry, exports what is shown, and the export is itself
 * in the trail with its digest; the file checked on the same screen is intact and matched to that
 * export, and a file with a changed row is told from which row.
 */
class AuditExportsTest extends KaribuTest {

    @Test
    void theAccessTrailIsFilteredExportedAuditedAndCheckedBack() throws IOException {
        String officer = "loket" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999) + "@giliran.id";
        signIn(officer, Role.PETUGAS_LOKET);
        PatientService patients = context.getBean(PatientService.class);
        patients.search("Siti");
        patients.search("3201010101900001");
        patients.search("RM-000001");

        signIn("auditor@giliran.id", Role.AUDITOR);
        UI.getCurrent().navigate(AuditView.class);
        AuditView view = (AuditView) UI.getCurrent().getCurrentView();
        view.kind.setValue(AuditEntryKind.ACCESS);
        view.user.setValue(officer);
        await().pollInSameThread().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            view.search();
            assertThat(_findAll(view.entries)).hasSize(3);
        });
        assertThat(_findAll(view.entries)).allSatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo(AuditEntryKind.ACCESS);
            assertThat(entry.action()).doesNotContain("Siti", "3201010101900001", "RM-000001");
        });
        assertThat(_get(Anchor.class, spec -> spec.withId("audit-export-csv")).getElement().getAttribute("href"))
                .isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("audit-export-pdf"))).isNotNull();

        AuditExports exports = context.getBean(AuditExports.class);
        FindAuditEntriesQuery filter = new FindAuditEntriesQuery(officer, null, null, null, null, AuditEntryKind.ACCESS,
                null, AuditService.PAGE);
        String filterText = AuditFilterText.of(filter, view::getTranslation);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ChainedDigest chain = exports.export(AuditExports.Format.CSV, filter, filterText, csv);
        ChainedDigest pdf = exports.export(AuditExports.Format.PDF, filter, filterText, new ByteArrayOutputStream());

        assertThat(chain.rows()).isEqualTo(3);
        assertThat(pdf.digest()).isEqualTo(chain.digest());
        AuditExportVerifier.Result result = new AuditExportVerifier().verify(new ByteArrayInputStream(csv.toByteArray()));
        assertThat(result.intact()).isTrue();
        assertThat(result.digest()).isEqualTo(chain.digest());
        // kept for README's shell recipe to be tried on a real export
        java.nio.file.Files.write(java.nio.file.Path.of("target", "audit-export-sample.csv"), csv.toByteArray());

        // the exports are in the trail: who, which filter, format, rows, digest
        AuditService audit = context.getBean(AuditService.class);
        await().pollInSameThread().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(audit.find(
                new FindAuditEntriesQuery("auditor@giliran.id", null, null, null, chain.digest(),
                        AuditEntryKind.EXPORT, null, 10)))
                .extracting(AuditEntryView::action)
                .containsExactlyInAnyOrder("AuditTrailExported CSV 3 rows [" + filterText + "]",
                        "AuditTrailExported PDF 3 rows [" + filterText + "]"));
        assertThat(filterText).isEqualTo("Jenis entri: Akses; Pengguna: " + officer);

        view.check.check(new ByteArrayInputStream(csv.toByteArray()));
        assertThat(view.check.outcome.getText()).startsWith("Berkas utuh: 3 baris, rantai sesuai. Cocok dengan ekspor "
                + "oleh auditor@giliran.id pada ").endsWith(chain.digest());

        List<String> lines = new ArrayList<>(Arrays.asList(csv.toString(StandardCharsets.UTF_8).split("\n")));
        lines.set(2, lines.get(2).replace("key=NIK", "key=NAME"));
        view.check.check(new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(view.check.outcome.getText()).isEqualTo("Berkas telah diubah: rantai putus pada baris data ke-2 "
                + "(baris 3 dalam berkas). Baris itu atau baris sebelumnya diubah, dihapus, disisipkan atau dipindah.");

        view.check.check(new ByteArrayInputStream("nama,nik\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(view.check.outcome.getText()).isEqualTo("Berkas ini bukan ekspor CSV jejak audit Giliran.");
    }
}
