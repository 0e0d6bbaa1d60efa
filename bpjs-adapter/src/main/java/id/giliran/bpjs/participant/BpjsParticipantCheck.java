package id.giliran.bpjs.participant;

import id.giliran.api.bpjs.BpjsCheckOutcome;
import id.giliran.api.bpjs.BpjsCheckView;
import id.giliran.api.bpjs.CheckBpjsParticipantQuery;
import id.giliran.api.bpjs.Participant;
import id.giliran.bpjs.calllog.PcareCallContext;
import id.giliran.bpjs.pcare.PcareException;
import id.giliran.bpjs.pcare.PcareFailure;
import id.giliran.bpjs.pcare.PcarePort;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * "Cek BPJS": asks PCare about a participant by card number (13 digits) or NIK (16 digits) and
 * answers in our own terms. BPJS's failures become an explained {@link BpjsCheckView}, never an
 * exception, so the desk can always tell the officer what happened.
 */
@Component
public class BpjsParticipantCheck {

    static final String INVALID_EXPLANATION =
            "Isi No. BPJS (13 angka) atau NIK (16 angka), tanpa spasi atau tanda baca lain.";
    static final String NOT_FOUND_EXPLANATION =
            "Peserta dengan nomor ini tidak ditemukan di BPJS. Periksa kembali nomor kartu atau NIK.";

    private final PcarePort pcare;

    public BpjsParticipantCheck(PcarePort pcare) {
        this.pcare = pcare;
    }

    @QueryHandler
    public BpjsCheckView handle(CheckBpjsParticipantQuery query) {
        String number = query.cardNumberOrNik() == null ? "" : query.cardNumberOrNik().strip();
        if (!number.matches("\\d{13}|\\d{16}")) {
            return new BpjsCheckView(number, BpjsCheckOutcome.INVALID, null, null, false, INVALID_EXPLANATION);
        }
        try {
            Optional<Participant> participant = PcareCallContext.forRegistration(query.registrationId(),
                            query.patientId())
                    .run(() -> number.length() == 13
                            ? pcare.findParticipantByCardNumber(number)
                            : pcare.findParticipantByNik(number));
            return participant.map(found -> BpjsCheckView.found(number, found))
                              .orElseGet(() -> notFound(number));
        } catch (PcareException failure) {
            if (failure.failure() == PcareFailure.NOT_FOUND || failure.failure() == PcareFailure.NO_DATA) {
                return notFound(number);
            }
            return new BpjsCheckView(number, BpjsCheckOutcome.FAILED, null, failure.failure().name(),
                    failure.isTransient(), checkExplanation(failure));
        }
    }

    private static BpjsCheckView notFound(String number) {
        return new BpjsCheckView(number, BpjsCheckOutcome.NOT_FOUND, null, null, false, NOT_FOUND_EXPLANATION);
    }

    /**
     * The failure's explanation for the officer; a check sends nothing later, so for transient failures the
     * advice is to try again rather than the "akan dikirim ulang" of a visit registration.
     */
    private static String checkExplanation(PcareException failure) {
        if (!failure.isTransient()) {
            return failure.explanationForOfficer();
        }
        String base = switch (failure.failure()) {
            case TIMEOUT -> "BPJS tidak menjawab tepat waktu.";
            case SERVER_ERROR -> "Server BPJS sedang bermasalah.";
            case UNREACHABLE -> "Server BPJS tidak dapat dihubungi. Periksa koneksi internet.";
            default -> failure.failure().explanation();
        };
        String message = failure.bpjsMessage().filter(text -> !text.isBlank()).map(text -> " Pesan BPJS: " + text)
                                .orElse("");
        return base + " Coba cek lagi beberapa saat lagi; pendaftaran tetap bisa dilanjutkan." + message;
    }
}
