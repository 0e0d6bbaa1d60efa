package id.giliran.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.giliran.api.document.DocumentType;
import id.giliran.api.document.DocumentView;
import id.giliran.ui.CappedUpload;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * A patient's scans on the front-desk screen: choose what the paper is (KTP, KK, BPJS card, KIA),
 * drop or pick the file (image or PDF, at most the configured size), see what is attached and open it.
 */
public class DocumentsPanel extends Composite<VerticalLayout> {

    private final DocumentService documents;
    private final ZoneId zone;
    private final String patientId;
    final RadioButtonGroup<DocumentType> type = new RadioButtonGroup<>();
    final Upload upload = new Upload();
    final Div list = new Div();

    public DocumentsPanel(DocumentService documents, ZoneId zone, String patientId) {
        this.documents = documents;
        this.zone = zone;
        this.patientId = patientId;
        type.setId("documents-type");
        type.setLabel(getTranslation("documents.type"));
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(choice -> getTranslation("documents.type." + choice.name()));
        type.setValue(DocumentType.KTP);
        upload.setId("documents-upload");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxBytes()));
        upload.setMaxFiles(1);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("documents.pick")))
            .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("documents.drop")))
            .setUploading(CappedUpload.uploadingTexts(getContent()))
            .setError(new UploadI18N.Error()
                    .setFileIsTooBig(getTranslation("error.DOCUMENT_TOO_LARGE"))
                    .setIncorrectFileType(getTranslation("error.DOCUMENT_TYPE_NOT_ACCEPTED"))
                    .setTooManyFiles(getTranslation("documents.one")));
        upload.setI18n(i18n);
        // the browser checks the size too, but only the server's cap counts: it stops reading past it
        upload.setUploadHandler(CappedUpload.inMemory(documents.maxBytes(), (fileName, content) -> {
            UI ui = upload.getUI().orElseThrow();
            ui.access(() -> received(fileName, content));
        }, this::tooLarge));
        upload.addFileRejectedListener(rejected -> Notification.show(getTranslation("documents.rejected",
                documents.maxBytes() / (1024 * 1024)), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        list.setId("documents-list");
        getContent().setPadding(false);
        getContent().add(type, upload, new Span(getTranslation("documents.hint", documents.maxBytes() / (1024 * 1024))),
                list);
        refresh();
    }

    /** A file arrived: checked, stored and attached, or refused with the reason and nothing kept. */
    void received(String fileName, byte[] content) {
        try {
            documents.attach(patientId, type.getValue(), fileName, content);
            Notification.show(getTranslation("documents.attached", getTranslation("documents.type." + type.getValue()
                            .name())), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException refused) {
            ErrorText.show(getContent(), refused);
        }
        upload.clearFileList();
        refresh();
    }

    /** A file over the cap the server refused before keeping it in memory (the browser's check was passed by). */
    void tooLarge() {
        CappedUpload.showRefusal(getContent(), documents.maxBytes());
        upload.clearFileList();
    }

    void refresh() {
        list.removeAll();
        for (DocumentView document : documents.documents(patientId)) {
            Component open = documents.erased(document) ? erasedNote() : openLink(document);
            HorizontalLayout row = new HorizontalLayout(
                    new Span(getTranslation("documents.type." + document.type().name())),
                    new Span(document.fileName()),
                    new Span(Formats.time(document.attachedAt(), zone)), open);
            row.addClassName("giliran-document");
            list.add(row);
        }
    }

    private Span erasedNote() {
        Span note = new Span(getTranslation("documents.erased"));
        note.addClassName("giliran-document-erased");
        return note;
    }

    /** Opens the scan in a new tab; one erased meanwhile opens as a page that says so. */
    private Anchor openLink(DocumentView document) {
        byte[] erasedPage = getTranslation("documents.erased").getBytes(StandardCharsets.UTF_8);
        Anchor open = new Anchor(DownloadHandler.fromInputStream(event -> documents.open(patientId,
                        document.documentId())
                .map(file -> file.isErased()
                        ? new DownloadResponse(new ByteArrayInputStream(erasedPage), "dihapus.txt",
                                "text/plain; charset=UTF-8", erasedPage.length)
                        : new DownloadResponse(file.stream(), document.fileName(), document.contentType(),
                                document.sizeBytes()))
                .orElse(DownloadResponse.error(404))), getTranslation("documents.open"));
        open.setTarget("_blank");
        return open;
    }
}
