package id.giliran.counseling.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.server.StreamResource;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.document.ui.DocumentStore;
import id.giliran.privacy.PersonalDataCipher;
import id.giliran.ui.ErrorText.UserError;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Counselors' profile photos: JPEG, PNG or WebP told by content, at most {@code giliran.counselor-photos.max-bytes}
 * (1 MB), kept in the document store under
 * the owner {@code counselor:<username>}, sealed with the counselor account's key (crypto-shredding: an erasure
 * of that account makes every copy unreadable, and {@link CounselorPhotoErasure} deletes them). A photo stored
 * before sealing began is served as it is.
 */
@Component
public class CounselorPhotos {

    /** The default of {@code giliran.counselor-photos.max-bytes}: 1 MB. */
    static final long DEFAULT_MAX_BYTES = 1024 * 1024;
    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/webp");
    private static final Tika TIKA = new Tika();

    private final DocumentStore store;
    private final PersonalDataCipher cipher;
    private final long maxBytes;

    CounselorPhotos(DocumentStore store, PersonalDataCipher cipher,
                    @Value("${giliran.counselor-photos.max-bytes:" + DEFAULT_MAX_BYTES + "}") long maxBytes) {
        this.store = store;
        this.cipher = cipher;
        this.maxBytes = maxBytes;
    }

    /** The largest photo accepted; the upload stops reading past it. */
    long maxBytes() {
        return maxBytes;
    }

    /** Stores a new photo for the counselor, sealed, and answers its id (the profile then names it). */
    String store(String counselorId, byte[] content) {
        if (content.length == 0) {
            throw new UserError(ErrorCode.DOCUMENT_EMPTY, "empty photo");
        }
        if (content.length > maxBytes) {
            throw new UserError(ErrorCode.DOCUMENT_TOO_LARGE, "photo over " + maxBytes + " bytes");
        }
        String type = TIKA.detect(content);
        if (!IMAGES.contains(type)) {
            throw new UserError(ErrorCode.DOCUMENT_TYPE_NOT_ACCEPTED, "not a photo: " + type);
        }
        String photoId = "counselor-photo-" + UUID.randomUUID();
        store.store(photoId, ownerOf(counselorId), type, cipher.sealFile(SubjectRef.account(counselorId), content));
        return photoId;
    }

    /**
     * The photo's bytes opened: empty when there is no such photo, or its counselor's data was erased (the key
     * is gone, the file may not be deleted yet).
     */
    Optional<byte[]> open(String photoId) {
        Optional<InputStream> stored = store.open(photoId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = stored.get()) {
            return cipher.openFile(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Shows the photo on the avatar when there is one; the avatar shows the name's initials otherwise. */
    void apply(Avatar avatar, String photoId) {
        if (photoId == null || photoId.isBlank()) {
            return;
        }
        avatar.setImageResource(new StreamResource(photoId, () -> new ByteArrayInputStream(open(photoId)
                .orElseGet(() -> new byte[0]))));
    }

    /** Deletes every photo the counselor ever stored (a replaced photo stays in the store until then). */
    long eraseAllOf(String counselorId) {
        return store.deleteAllOf(ownerOf(counselorId));
    }

    private static String ownerOf(String counselorId) {
        return "counselor:" + counselorId;
    }
}
