package id.giliran.report.export;

/** Told after each day a period export has written: {@code written} of {@code total} days. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (written, total) -> {
    };

    void daysWritten(int written, int total);
}
