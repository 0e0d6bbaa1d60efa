package id.giliran.audit.export;

import id.giliran.api.audit.AuditEntryView;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * Writes the audit trail as CSV (UTF-8, {@code \n} line ends) straight into the download, row by row
 * as the entries come, so a trail of any length is never held whole; answers the chain it wrote.
 */
public final class AuditCsvWriter {

    private final ZoneId zone;

    public AuditCsvWriter(ZoneId zone) {
        this.zone = zone;
    }

    public ChainedDigest write(Iterable<AuditEntryView> entries, OutputStream out) throws IOException {
        ChainedDigest chain = new ChainedDigest();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(AuditCsv.HEADER);
        writer.write('\n');
        for (AuditEntryView entry : entries) {
            String row = AuditCsv.canonical(entry, zone);
            writer.write(row);
            writer.write(',');
            writer.write(chain.add(row));
            writer.write('\n');
        }
        writer.write(AuditCsv.closing(chain.digest(), chain.rows()));
        writer.write('\n');
        writer.flush();
        return chain;
    }
}
