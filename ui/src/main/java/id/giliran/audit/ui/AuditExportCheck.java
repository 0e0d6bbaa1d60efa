package id.giliran.audit.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.audit.export.AuditExportVerifier;
import id.giliran.audit.export.AuditExportVerifier.Result;
import id.giliran.ui.CappedUpload;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * "Periksa berkas ekspor": an auditor drops a CSV export of the audit trail and reads whether it is
 * intact, or from which row it was changed; an intact file is also matched to the export recorded in
 * the trail (who made it and when), so a file whose whole chain was recomputed after a change is told
 * apart. The file is checked while it streams in and is not stored.
 */
class AuditExportCheck extends Composite<VerticalLayout> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private final AuditService audit;
    private final ZoneId zone;
    final Upload upload = new Upload();
    final Paragraph outcome = new Paragraph();

    AuditExportCheck(AuditService audit, ZoneId zone) {
        this.audit = audit;
        this.zone = zone;
        upload.setId("audit-check-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("audit.check.pick")))
            .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("audit.check.drop")))
            .setUploading(CappedUpload.uploadingTexts(getContent()))
            .setError(new UploadI18N.Error().setIncorrectFileType(getTranslation("error.AUDIT_EXPORT_UNREADABLE"))
                    .setFileIsTooBig(getTranslation("upload.too-large", CappedUpload.sizeText(audit.checkMaxBytes()))));
        upload.setI18n(i18n);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, audit.checkMaxBytes()));
        // read while it streams in, never past the cap
        upload.setUploadHandler(CappedUpload.streamed(audit.checkMaxBytes(), (event, in) -> {
            UI ui = event.getUI();
            String text = describe(new AuditExportVerifier().verify(in));
            ui.access(() -> show(text));
        }, this::tooLarge));
        outcome.setId("audit-check-outcome");
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("audit.check.title")),
                new Paragraph(getTranslation("audit.check.hint")), upload, outcome);
    }

    /** Checks a file and shows what it found (the upload's work, also what a test calls). */
    void check(InputStream file) throws IOException {
        show(describe(new AuditExportVerifier().verify(file)));
    }

    /** A file over the cap, refused by the server after reading no more than the cap. */
    void tooLarge() {
        show(getTranslation("upload.too-large", CappedUpload.sizeText(audit.checkMaxBytes())));
        upload.clearFileList();
    }

    private void show(String text) {
        outcome.setText(text);
    }

    /** The result in words: intact (and from which recorded export), or the first row that breaks. */
    String describe(Result result) {
        return switch (result.problem()) {
            case NOT_AN_EXPORT -> getTranslation("error.AUDIT_EXPORT_UNREADABLE");
            case ROW_BROKEN -> getTranslation("audit.check.row-broken", result.row(), result.row() + 1);
            case CLOSING_MISSING -> getTranslation("audit.check.closing-missing", result.rows());
            case CLOSING_CHANGED -> getTranslation("audit.check.closing-changed", result.rows());
            case NONE -> {
                Optional<AuditEntryView> export = audit.exportWithDigest(result.digest());
                yield export.map(entry -> getTranslation("audit.check.intact-recorded", result.rows(),
                                entry.username(), WHEN.format(entry.at().atZone(zone)), result.digest()))
                            .orElseGet(() -> getTranslation("audit.check.intact-unknown", result.rows(),
                                    result.digest()));
            }
        };
    }
}
