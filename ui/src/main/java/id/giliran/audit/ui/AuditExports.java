package id.giliran.audit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.giliran.api.audit.FindAuditEntriesQuery;
import id.giliran.api.identity.Caller;
import id.giliran.audit.export.AuditCsvWriter;
import id.giliran.audit.export.AuditExportHeader;
import id.giliran.audit.export.AuditPdfWriter;
import id.giliran.audit.export.ChainedDigest;
import id.giliran.audit.recording.AuditRecorder;
import id.giliran.identity.security.Callers;
import id.giliran.infrastructure.GiliranProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * "Unduh CSV" / "Unduh PDF" of the audit trail as filtered on screen. The file is written straight
 * into the download while the trail is read page by page, so its length is not bounded by memory.
 * Each export is itself recorded (who, which filter, format, rows, the chain's final digest) once the
 * file is written, or as incomplete when the download broke off.
 */
@Component
public class AuditExports {

    enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        PDF("application/pdf", "pdf");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final AuditService audit;
    private final AuditRecorder recorder;
    private final GiliranProperties properties;
    private final Clock clock;

    AuditExports(AuditService audit, AuditRecorder recorder, GiliranProperties properties, Clock clock) {
        this.audit = audit;
        this.recorder = recorder;
        this.properties = properties;
        this.clock = clock;
    }

    /** A download link of the trail under the filter the screen shows when it is clicked. */
    Anchor link(Format format, Supplier<FindAuditEntriesQuery> filter, Supplier<String> filterText, String label) {
        Anchor anchor = new Anchor((DownloadHandler) event -> write(event, format, filter.get(), filterText.get()), "");
        anchor.setId("audit-export-" + format.extension);
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + label));
        anchor.addClassName("giliran-export-link");
        return anchor;
    }

    private void write(DownloadEvent event, Format format, FindAuditEntriesQuery filter, String filterText)
            throws IOException {
        ZonedDateTime now = ZonedDateTime.now(clock);
        event.setFileName("jejak-audit-" + FILE_TIME.format(now) + "." + format.extension);
        event.setContentType(format.contentType);
        try (OutputStream out = event.getOutputStream()) {
            export(format, filter, filterText, out);
        }
    }

    /** Writes the filtered trail and records the export; answers the chain written. */
    ChainedDigest export(Format format, FindAuditEntriesQuery filter, String filterText, OutputStream out)
            throws IOException {
        Caller caller = Callers.current();
        ChainedDigest chain = null;
        try {
            chain = switch (format) {
                case CSV -> new AuditCsvWriter(properties.zone()).write(audit.all(filter), out);
                case PDF -> new AuditPdfWriter(properties.zone()).write(new AuditExportHeader(
                        properties.facilityName(), properties.facilityAddress(), "Jejak audit", filterText,
                        caller.username(), ZonedDateTime.now(clock)), audit.all(filter), out);
            };
            return chain;
        } finally {
            recorder.auditTrailExported(caller, filterText, format.name(), chain == null ? 0 : chain.rows(),
                    chain == null ? null : chain.digest(), chain != null);
        }
    }
}
