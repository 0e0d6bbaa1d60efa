package id.giliran.document.ui;

import id.giliran.api.audit.AccessKind;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.audit.recording.AuditRecorder;
import id.giliran.identity.security.Callers;
import id.giliran.api.document.AttachDocumentCommand;
import id.giliran.api.document.DocumentType;
import id.giliran.api.document.DocumentView;
import id.giliran.api.document.Documents;
import id.giliran.api.document.FindPatientDocumentsQuery;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.privacy.PersonalDataCipher;
import id.giliran.ui.ErrorText.UserError;
import org.apache.tika.Tika;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Scans of a patient's papers: checked (type by content, size), stored sealed with the patient's key (MongoDB
 * GridFS), then attached to the patient by a command that records the SHA-256 of the file as uploaded. A refused
 * file is never stored; a file whose command fails is removed again. Listing a patient's scans and opening one are
 * written to the audit trail first. After the patient's personal data is erased a scan opens as erased.
 */
@Service
public class DocumentService {

    private static final Tika TIKA = new Tika();

    private final DocumentStore store;
    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final long maxBytes;
    private final AuditRecorder audit;
    private final PersonalDataCipher cipher;

    DocumentService(DocumentStore store, CommandGateway commandGateway, QueryGateway queryGateway,
                    @Value("${giliran.documents.max-bytes:" + Documents.DEFAULT_MAX_BYTES + "}") long maxBytes,
                    AuditRecorder audit, PersonalDataCipher cipher) {
        this.audit = audit;
        this.cipher = cipher;
        this.store = store;
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Checks, stores and attaches a scan; answers its id. */
    public String attach(String patientId, DocumentType type, String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserError(ErrorCode.DOCUMENT_EMPTY, "empty file");
        }
        if (content.length > maxBytes) {
            throw new UserError(ErrorCode.DOCUMENT_TOO_LARGE, "a file of " + content.length + " bytes");
        }
        String contentType = detect(content);
        if (!Documents.ACCEPTED_TYPES.contains(contentType)) {
            throw new UserError(ErrorCode.DOCUMENT_TYPE_NOT_ACCEPTED, "a file of type " + contentType);
        }
        String documentId = UUID.randomUUID().toString();
        store.store(documentId, patientId, contentType, cipher.sealFile(SubjectRef.patient(patientId), content));
        try {
            commandGateway.sendAndWait(new AttachDocumentCommand(documentId, patientId, type, shortened(fileName),
                    contentType, content.length, sha256(content)));
        } catch (RuntimeException refused) {
            store.delete(documentId);
            throw refused;
        }
        return documentId;
    }

    /** A file name the computer gave longer than the record keeps is cut, keeping its extension: not refused. */
    static String shortened(String fileName) {
        int max = TextLimit.FILE_NAME.max();
        if (fileName == null || fileName.strip().length() <= max) {
            return fileName;
        }
        String name = fileName.strip();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        return name.substring(0, max - extension.length()) + extension;
    }

    /** The patient's scans, listed for a person (recorded in the audit trail). */
    public List<DocumentView> documents(String patientId) {
        audit.recordAccessed(Callers.current(), AccessKind.PATIENT_SCANS, patientId);
        return listed(patientId);
    }

    private List<DocumentView> listed(String patientId) {
        return queryGateway.query(new FindPatientDocumentsQuery(patientId),
                ResponseTypes.multipleInstancesOf(DocumentView.class)).join();
    }

    /**
     * One of the patient's documents opened: its plain bytes, or {@link OpenedFile#erased()} when the patient's
     * personal data was erased (its key destroyed, or its file deleted with the erasure: a listed scan's file is
     * removed only then). Empty when it is not this patient's. Asking the read model first applies its
     * authorisation: only front-desk staff may read scans.
     */
    public Optional<OpenedFile> open(String patientId, String documentId) {
        boolean theirs = listed(patientId).stream().anyMatch(document -> document.documentId().equals(documentId));
        if (!theirs) {
            return Optional.empty();
        }
        audit.recordAccessed(Callers.current(), AccessKind.PATIENT_SCAN, documentId);
        Optional<InputStream> stored = store.open(documentId);
        if (stored.isEmpty()) {
            return Optional.of(OpenedFile.erased());
        }
        byte[] bytes;
        try (InputStream in = stored.get()) {
            bytes = in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (!PersonalDataCipher.isSealed(bytes)) {
            // stored before sealing: readable until the patient is erased (the erasure then deletes it)
            return Optional.of(cipher.keys().isErased(SubjectRef.patient(patientId)) ? OpenedFile.erased()
                    : new OpenedFile(bytes));
        }
        return Optional.of(cipher.openFile(bytes).map(OpenedFile::new).orElseGet(OpenedFile::erased));
    }

    /** Whether the listed scan's file is gone: deleted with the erasure of its patient's personal data. */
    public boolean erased(DocumentView document) {
        return !store.exists(document.documentId());
    }

    /** How many files the store holds (for tests and the admin's checks). */
    long storedFiles() {
        return store.count();
    }

    static String detect(byte[] content) {
        return TIKA.detect(content);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
