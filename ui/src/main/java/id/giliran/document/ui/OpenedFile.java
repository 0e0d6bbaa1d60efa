package id.giliran.document.ui;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * A stored file opened: its plain bytes, or nothing because its owner's personal data was erased (the key that
 * sealed it is destroyed, or the file was deleted with the erasure).
 */
public record OpenedFile(byte[] content) {

    private static final OpenedFile ERASED = new OpenedFile(null);

    public static OpenedFile erased() {
        return ERASED;
    }

    public boolean isErased() {
        return content == null;
    }

    public InputStream stream() {
        if (content == null) {
            throw new IllegalStateException("an erased file has no content");
        }
        return new ByteArrayInputStream(content);
    }
}
