package id.giliran.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload that is refused on the server as soon as it is larger than its cap, before it is buffered: a body
 * that declares a larger length is refused without reading a byte of it, and one that does not (chunked, or
 * lying) is read at most one byte past the cap. The refusal answers 413 and stops reading (the servlet container
 * then closes the connection instead of swallowing the rest), and the view shows why on the screen.
 * <p>
 * Vaadin 24.9 streams multipart uploads through Commons FileUpload when the servlet has no multipart configuration,
 * which is why {@code spring.servlet.multipart.enabled} is false: Spring's resolver would otherwise parse (and
 * spool) every upload request before Vaadin, with its own limits and no message on the screen.
 */
public final class CappedUpload implements UploadHandler {

    /** Room for the multipart boundaries and part headers around the file in the request's declared length. */
    static final long ENVELOPE = 64 * 1024;
    private static final int STATUS_TOO_LARGE = 413;

    /** Receives the file's content, read no further than the cap. */
    @FunctionalInterface
    public interface Receiver {
        void receive(UploadEvent event, InputStream content) throws IOException;
    }

    /** Receives the whole file in memory (at most the cap). */
    @FunctionalInterface
    public interface InMemoryReceiver {
        void receive(String fileName, byte[] content);
    }

    private final long maxBytes;
    private final Receiver receiver;
    private final Runnable refused;

    private CappedUpload(long maxBytes, Receiver receiver, Runnable refused) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("an upload cap is positive");
        }
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.refused = refused;
    }

    /**
     * A file read into memory only when it is at most {@code maxBytes}; {@code received} runs on the request
     * thread (open {@code ui.access} in it), {@code refused} runs in the UI's access.
     */
    public static CappedUpload inMemory(long maxBytes, InMemoryReceiver received, Runnable refused) {
        return new CappedUpload(maxBytes, (event, content) -> received.receive(event.getFileName(),
                content.readAllBytes()), refused);
    }

    /** A file streamed to {@code received}, which reads no further than the cap. */
    public static CappedUpload streamed(long maxBytes, Receiver received, Runnable refused) {
        return new CappedUpload(maxBytes, received, refused);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Tells the person at the screen that the file was larger than {@code maxBytes} and nothing was kept. */
    public static void showRefusal(Component component, long maxBytes) {
        Notification.show(component.getTranslation("upload.too-large", sizeText(maxBytes)), 8000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * The file row's texts when the server refuses or fails an upload, in Indonesian (the web component's own
     * are English): a refusal over the cap answers 413, which the row shows as "forbidden".
     */
    public static UploadI18N.Uploading uploadingTexts(Component component) {
        return new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                .setForbidden(component.getTranslation("upload.refused"))
                .setUnexpectedServerError(component.getTranslation("upload.server-error"))
                .setServerUnavailable(component.getTranslation("upload.server-unavailable")));
    }

    /** A cap in words: whole megabytes or kilobytes ("5 MB", "512 KB"), rounded down. */
    public static String sizeText(long bytes) {
        long megabyte = 1024 * 1024;
        return bytes >= megabyte ? bytes / megabyte + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes + ENVELOPE) {
            throw refuse(event, ui);
        }
        try (InputStream content = new CappedStream(event.getInputStream(), maxBytes)) {
            receiver.receive(event, content);
        } catch (TooLarge tooLarge) {
            throw refuse(event, ui);
        }
    }

    private TooLarge refuse(UploadEvent event, UI ui) {
        event.getResponse().setStatus(STATUS_TOO_LARGE);
        if (ui != null) {
            ui.access(refused::run);
        }
        return new TooLarge(maxBytes);
    }

    /** Keeps the 413 of a refusal; Vaadin's default answers every failure with 500. */
    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        if (!success && response instanceof VaadinServletResponse servlet && servlet.getStatus() == STATUS_TOO_LARGE) {
            return;
        }
        UploadHandler.super.responseHandled(success, response);
    }

    /** The upload went past its cap (the message holds only the cap: no file name, nothing personal). */
    static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("upload refused: larger than its cap of " + maxBytes + " bytes");
        }
    }

    /** Reads at most {@code max} bytes; the first byte past them fails with {@link TooLarge}. */
    static final class CappedStream extends FilterInputStream {

        private final long max;
        private long count;

        CappedStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                counted(1);
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // never asks for more than one byte past the cap, so nothing beyond it is read into memory
            long room = max - count + 1;
            int read = super.read(buffer, offset, (int) Math.min(length, room));
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, max - count + 1));
            counted(skipped);
            return skipped;
        }

        private void counted(long bytes) throws TooLarge {
            count += bytes;
            if (count > max) {
                throw new TooLarge(max);
            }
        }

        /**
         * Closes the file's stream only when the cap was kept: closing a multipart part's stream reads the rest of
         * the part (Commons FileUpload skips to the next boundary), which past the cap is what must not happen.
         */
        @Override
        public void close() throws IOException {
            if (count <= max) {
                super.close();
            }
        }
    }
}
