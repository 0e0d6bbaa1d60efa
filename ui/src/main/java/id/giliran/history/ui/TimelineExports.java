package id.giliran.history.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.giliran.api.history.Timeline;
import id.giliran.api.history.TimelineEntry;
import id.giliran.api.identity.Caller;
import id.giliran.audit.recording.AuditRecorder;
import id.giliran.history.export.TimelineExport;
import id.giliran.identity.security.Callers;
import id.giliran.infrastructure.GiliranProperties;
import org.springframework.stereotype.Component;

import java.io.OutputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The timeline's "Unduh CSV" and "Unduh PDF": the timeline read again when the file is asked for,
 * written with its chained digest, and the export recorded in the audit trail (who, which
 * aggregate, format, rows, digest).
 */
@Component
public class TimelineExports {

    private final HistoryService history;
    private final AuditRecorder audit;
    private final GiliranProperties properties;
    private final Clock clock;

    TimelineExports(HistoryService history, AuditRecorder audit, GiliranProperties properties, Clock clock) {
        this.history = history;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    List<Anchor> links(String aggregateId, String focusId, Function<TimelineEntry, String> label) {
        TimelineExport export = new TimelineExport(properties.zone(), label);
        String name = "riwayat-" + aggregateId.replaceAll("[^A-Za-z0-9._-]", "_");
        Anchor csv = new Anchor((DownloadHandler) event -> {
            Caller caller = Callers.current();
            Timeline timeline = history.timeline(aggregateId, focusId).orElseThrow();
            event.setFileName(name + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                String digest = export.writeCsv(timeline, out);
                audit.timelineExported(caller, aggregateId, "CSV", timeline.entries().size(), digest);
            }
        }, "");
        csv.setId("timeline-export-csv");
        csv.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + csv.getTranslation("history.export.csv")));
        Anchor pdf = new Anchor((DownloadHandler) event -> {
            Caller caller = Callers.current();
            Timeline timeline = history.timeline(aggregateId, focusId).orElseThrow();
            event.setFileName(name + ".pdf");
            event.setContentType("application/pdf");
            String title = properties.facilityName() + " — Riwayat " + timeline.aggregateType() + " "
                    + (focusId == null ? aggregateId : focusId + " (" + aggregateId + ")");
            String by = "Diekspor oleh " + caller.username() + " pada "
                    + DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").format(ZonedDateTime.now(clock));
            try (OutputStream out = event.getOutputStream()) {
                String digest = export.writePdf(timeline, title, by, out);
                audit.timelineExported(caller, aggregateId, "PDF", timeline.entries().size(), digest);
            }
        }, "");
        pdf.setId("timeline-export-pdf");
        pdf.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + pdf.getTranslation("history.export.pdf")));
        return List.of(csv, pdf);
    }
}
