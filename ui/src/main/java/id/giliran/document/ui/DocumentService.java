package id.giliran.document.ui;

import com.mongodb.client.gridfs.model.GridFSFile;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.document.AttachDocumentCommand;
import id.giliran.api.document.DocumentType;
import id.giliran.api.document.DocumentView;
import id.giliran.api.document.Documents;
import id.giliran.api.document.FindPatientDocumentsQuery;
import id.giliran.ui.ErrorText.UserError;
import org.apache.tika.Tika;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Service;

import java.io.ByteArrayInputStream;
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
 * Scans of a patient's papers: checked (type by content, size), stored in MongoDB GridFS, then
 * attached to the patient by a command. A refused file is never stored; a file whose command fails
 * is removed again.
 */
@Service
public class DocumentService {

    private static final Tika TIKA = new Tika();

    private final GridFsTemplate gridFs;
    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final long maxBytes;

    DocumentService(GridFsTemplate gridFs, CommandGateway commandGateway, QueryGateway queryGateway,
                    @Value("${giliran.documents.max-bytes:" + Documents.DEFAULT_MAX_BYTES + "}") long maxBytes) {
        this.gridFs = gridFs;
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
            throw new UserError(ErrorCode.DOCUMENT_EMPTY, "empty file " + fileName);
        }
        if (content.length > maxBytes) {
            throw new UserError(ErrorCode.DOCUMENT_TOO_LARGE, fileName + " has " + content.length + " bytes");
        }
        String contentType = detect(content);
        if (!Documents.ACCEPTED_TYPES.contains(contentType)) {
            throw new UserError(ErrorCode.DOCUMENT_TYPE_NOT_ACCEPTED, fileName + " is " + contentType);
        }
        String documentId = UUID.randomUUID().toString();
        Document metadata = new Document("documentId", documentId).append("patientId", patientId)
                                                                  .append("contentType", contentType);
        gridFs.store(new ByteArrayInputStream(content), documentId, contentType, metadata);
        try {
            commandGateway.sendAndWait(new AttachDocumentCommand(documentId, patientId, type, fileName, contentType,
                    content.length, sha256(content)));
        } catch (RuntimeException refused) {
            gridFs.delete(Query.query(Criteria.where("filename").is(documentId)));
            throw refused;
        }
        return documentId;
    }

    public List<DocumentView> documents(String patientId) {
        return queryGateway.query(new FindPatientDocumentsQuery(patientId),
                ResponseTypes.multipleInstancesOf(DocumentView.class)).join();
    }

    /**
     * The stored bytes of one of the patient's documents. Asking the read model first applies its
     * authorisation: only front-desk staff may read scans.
     */
    public Optional<InputStream> open(String patientId, String documentId) {
        boolean theirs = documents(patientId).stream().anyMatch(document -> document.documentId().equals(documentId));
        if (!theirs) {
            return Optional.empty();
        }
        GridFSFile file = gridFs.findOne(Query.query(Criteria.where("filename").is(documentId)));
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(gridFs.getResource(file).getInputStream());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** How many files the store holds (for tests and the admin's checks). */
    long storedFiles() {
        return gridFs.find(new Query()).into(new java.util.ArrayList<>()).size();
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
