package id.giliran.counseling.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.server.StreamResource;
import id.giliran.api.common.ErrorCode;
import id.giliran.document.ui.DocumentStore;
import id.giliran.ui.ErrorText.UserError;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.UUID;

/** Counselors' profile photos: JPEG, PNG or WebP told by content, at most 1 MB, kept in the document store. */
@Component
public class CounselorPhotos {

    static final int MAX_BYTES = 1024 * 1024;
    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/webp");
    private static final Tika TIKA = new Tika();

    private final DocumentStore store;

    CounselorPhotos(DocumentStore store) {
        this.store = store;
    }

    /** Stores a new photo for the counselor and answers its id (the profile then names it). */
    String store(String counselorId, byte[] content) {
        if (content.length == 0) {
            throw new UserError(ErrorCode.DOCUMENT_EMPTY, "empty photo");
        }
        if (content.length > MAX_BYTES) {
            throw new UserError(ErrorCode.DOCUMENT_TOO_LARGE, "photo over 1 MB");
        }
        String type = TIKA.detect(content);
        if (!IMAGES.contains(type)) {
            throw new UserError(ErrorCode.DOCUMENT_TYPE_NOT_ACCEPTED, "not a photo: " + type);
        }
        String photoId = "counselor-photo-" + UUID.randomUUID();
        store.store(photoId, "counselor:" + counselorId, type, content);
        return photoId;
    }

    /** Shows the photo on the avatar when there is one; the avatar shows the name's initials otherwise. */
    void apply(Avatar avatar, String photoId) {
        if (photoId == null || photoId.isBlank()) {
            return;
        }
        avatar.setImageResource(new StreamResource(photoId, () -> store.open(photoId)
                .orElseGet(() -> new ByteArrayInputStream(new byte[0]))));
    }
}
