package id.giliran.audit.export;

import id.giliran.api.audit.AuditEntryKind;

/** The kinds of audit entry as a person reads them (for the PDF; the screen uses the translations). */
public final class AuditKinds {

    private AuditKinds() {
    }

    public static String label(AuditEntryKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case CHANGE -> "Perubahan";
            case ACCESS -> "Akses";
            case SECURITY -> "Keamanan";
            case EXPORT -> "Ekspor";
        };
    }
}
