package id.giliran.bpjs.pcare;

/**
 * Why a PCare call did not give what was asked, with whether trying again later can help and an
 * explanation for the officer at the desk.
 */
public enum PcareFailure {
    /** 401: consumer id, secret, user key or PCare user refused. */
    UNAUTHORIZED(false, "Akses ke BPJS ditolak: periksa cons-id, secret key, user key, serta user dan password PCare puskesmas."),
    /** 408 from BPJS, or no answer within the read timeout. */
    TIMEOUT(true, "BPJS tidak menjawab tepat waktu. Data tetap tersimpan dan akan dikirim ulang nanti."),
    /** 412: BPJS refused the data (e.g. participant not active, visit already registered). */
    PRECONDITION_FAILED(false, "BPJS menolak data karena syaratnya tidak terpenuhi. Periksa pesan dari BPJS lalu perbaiki datanya."),
    /** 424: a code in the request is unknown to BPJS (clinic, provider, doctor ...). */
    BAD_REFERENCE(false, "Kode rujukan (poli, faskes, atau dokter) tidak dikenal BPJS. Periksa pemetaan kode di pengaturan."),
    /** 404: BPJS does not know what was asked for. */
    NOT_FOUND(false, "Data tidak ditemukan di BPJS."),
    /** 204: BPJS answered without data where data was needed. */
    NO_DATA(false, "BPJS tidak mengirim data."),
    /** Another 4xx code: BPJS refused the request. */
    REJECTED(false, "Permintaan ditolak BPJS. Periksa pesan dari BPJS."),
    /** 5xx: BPJS has a problem on its side. */
    SERVER_ERROR(true, "Server BPJS sedang bermasalah. Data tetap tersimpan dan akan dikirim ulang nanti."),
    /** No connection to BPJS (refused, connect timeout, network down). */
    UNREACHABLE(true, "Server BPJS tidak dapat dihubungi. Periksa koneksi internet; data akan dikirim ulang nanti."),
    /** The answer could not be read: not JSON, bad Base64, wrong key, not LZ-String, unexpected shape. */
    MALFORMED_RESPONSE(false, "Jawaban BPJS tidak dapat dibaca. Hubungi admin; kemungkinan kunci atau format berubah.");

    private final boolean transientFailure;
    private final String explanation;

    PcareFailure(boolean transientFailure, String explanation) {
        this.transientFailure = transientFailure;
        this.explanation = explanation;
    }

    /** True when the same call may succeed later (5xx, 408, timeouts, unreachable). */
    public boolean isTransient() {
        return transientFailure;
    }

    /** For the officer, in Bahasa Indonesia. */
    public String explanation() {
        return explanation;
    }

    /** The failure a BPJS result code stands for; {@code null} for 200, 201 and 204 is {@link #NO_DATA}. */
    static PcareFailure ofCode(int code) {
        if (code >= 500) {
            return SERVER_ERROR;
        }
        return switch (code) {
            case 200, 201 -> null;
            case 204 -> NO_DATA;
            case 401, 403 -> UNAUTHORIZED;
            case 404 -> NOT_FOUND;
            case 408 -> TIMEOUT;
            case 412 -> PRECONDITION_FAILED;
            case 424 -> BAD_REFERENCE;
            default -> code >= 400 ? REJECTED : MALFORMED_RESPONSE;
        };
    }
}
