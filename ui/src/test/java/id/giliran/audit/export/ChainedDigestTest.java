package id.giliran.audit.export;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChainedDigestTest {

    static final List<String> ROWS = List.of("2026-11-30T01:00:00Z,admin@giliran.id,LOGIN",
            "2026-11-30T01:05:00Z,admin@giliran.id,ReportExported PERIOD PDF 2026-11-01 – 2026-11-30",
            "2026-11-30T01:09:00Z,loket@giliran.id,CallTicketCommand");

    @Test
    void theSameRowsGiveTheSameDigest() {
        assertThat(ChainedDigest.of(ROWS)).isEqualTo(ChainedDigest.of(new ArrayList<>(ROWS))).hasSize(64);
        assertThat(ChainedDigest.verify(ROWS, ChainedDigest.of(ROWS).toUpperCase())).isTrue();
    }

    @Test
    void aChangedRowIsDetected() {
        List<String> changed = new ArrayList<>(ROWS);
        changed.set(1, changed.get(1).replace("PDF", "XLSX"));

        assertThat(ChainedDigest.verify(changed, ChainedDigest.of(ROWS))).isFalse();
    }

    @Test
    void aDeletedOrMovedRowIsDetected() {
        List<String> deleted = new ArrayList<>(ROWS);
        deleted.remove(1);
        List<String> moved = List.of(ROWS.get(1), ROWS.get(0), ROWS.get(2));

        assertThat(ChainedDigest.verify(deleted, ChainedDigest.of(ROWS))).isFalse();
        assertThat(ChainedDigest.verify(moved, ChainedDigest.of(ROWS))).isFalse();
    }

    @Test
    void eachLinkFollowsFromTheOneBefore() {
        ChainedDigest chain = new ChainedDigest();
        String first = chain.add(ROWS.get(0));
        ChainedDigest again = new ChainedDigest();
        again.add(ROWS.get(0));

        assertThat(again.digest()).isEqualTo(first);
        assertThat(chain.add(ROWS.get(1))).isNotEqualTo(first);
        assertThat(chain.rows()).isEqualTo(2);
    }
}
