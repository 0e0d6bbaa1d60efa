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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Scans in MongoDB GridFS (the embedded server by default, the replica set in production), stored as their owners'
 * services give them: sealed with the owner's key, so GridFS holds no readable byte of a KTP or a photo.
 */
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
        long count = gridFs.find(owned).into(new ArrayList<>()).size();
        if (count > 0) {
            gridFs.delete(owned);
        }
        return count;
    }

    @Override
    public long deleteAllOf(String patientId, Predicate<byte[]> which) {
        List<GridFSFile> owned = gridFs.find(Query.query(Criteria.where("metadata.patientId").is(patientId)))
                                       .into(new ArrayList<>());
        long deleted = 0;
        for (GridFSFile file : owned) {
            if (which.test(read(file))) {
                gridFs.delete(Query.query(Criteria.where("_id").is(file.getObjectId())));
                deleted++;
            }
        }
        return deleted;
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
    public boolean exists(String documentId) {
        return gridFs.findOne(byName(documentId)) != null;
    }

    @Override
    public long count() {
        return gridFs.find(new Query()).into(new ArrayList<>()).size();
    }

    private byte[] read(GridFSFile file) {
        try (InputStream in = gridFs.getResource(file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Query byName(String documentId) {
        return Query.query(Criteria.where("filename").is(documentId));
    }
}
