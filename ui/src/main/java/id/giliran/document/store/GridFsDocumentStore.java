package id.giliran.document.store;

import com.mongodb.client.gridfs.model.GridFSFile;
import id.giliran.document.ui.DocumentStore;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Scans in MongoDB GridFS (the embedded server by default, the replica set in production). */
@Component
class GridFsDocumentStore implements DocumentStore {

    private final GridFsTemplate gridFs;

    GridFsDocumentStore(GridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    @Override
    public void store(String documentId, String patientId, String contentType, byte[] content) {
        gridFs.store(new ByteArrayInputStream(content), documentId, contentType,
                new Document("documentId", documentId).append("patientId", patientId).append("contentType", contentType));
    }

    @Override
    public void delete(String documentId) {
        gridFs.delete(byName(documentId));
    }

    @Override
    public long deleteAllOf(String patientId) {
        Query owned = Query.query(Criteria.where("metadata.patientId").is(patientId));
        long count = gridFs.find(owned).into(new java.util.ArrayList<>()).size();
        if (count > 0) {
            gridFs.delete(owned);
        }
        return count;
    }

    @Override
    public Optional<InputStream> open(String documentId) {
        GridFSFile file = gridFs.findOne(byName(documentId));
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(gridFs.getResource(file).getInputStream());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public long count() {
        return gridFs.find(new Query()).into(new java.util.ArrayList<>()).size();
    }

    private static Query byName(String documentId) {
        return Query.query(Criteria.where("filename").is(documentId));
    }
}
