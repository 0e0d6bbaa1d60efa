package id.giliran.erasure.ui;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Usernames;
import id.giliran.api.patient.PatientSummary;
import id.giliran.api.patient.SearchPatientsQuery;
import id.giliran.api.privacy.ErasePersonalDataCommand;
import id.giliran.api.privacy.ErasureSubjectView;
import id.giliran.api.privacy.ErasureView;
import id.giliran.api.privacy.FindErasureSubjectQuery;
import id.giliran.api.privacy.FindErasuresQuery;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.ui.ErrorText.UserError;
import id.giliran.ui.ReadModel;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Hapus data pribadi": finds the data subject (a patient by No. RM, an account by username), asks the command side
 * what erasing it would mean today, and sends the erasure with the documented request; the caller's name and roles
 * travel in the command's metadata like every command's. A request without its reference or reason is refused here,
 * before anything is sent.
 */
@Service
public class ErasureService {

    static final int LISTED = 200;

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Clock clock;

    ErasureService(CommandGateway commandGateway, QueryGateway queryGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The patient with exactly this No. RM (spaces and case aside), or empty. Nothing else of the search is kept. */
    public Optional<ErasureSubjectView> findPatient(String medicalRecordNumber) {
        String wanted = compact(medicalRecordNumber);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<PatientSummary> found = queryGateway.query(new SearchPatientsQuery(wanted, 5),
                ResponseTypes.multipleInstancesOf(PatientSummary.class)).join();
        return found.stream().filter(patient -> wanted.equals(compact(patient.medicalRecordNumber())))
                    .map(PatientSummary::patientId).findFirst()
                    .flatMap(patientId -> subject(SubjectKind.PATIENT, patientId));
    }

    /** The account with this username (in its one normal form), or empty. */
    public Optional<ErasureSubjectView> findAccount(String username) {
        return Usernames.normalise(username).flatMap(normal -> subject(SubjectKind.ACCOUNT, normal));
    }

    /** The subject as the command side sees it now (after an erasure: erased). */
    public Optional<ErasureSubjectView> subject(SubjectKind kind, String subjectId) {
        return queryGateway.query(new FindErasureSubjectQuery(kind, subjectId),
                ResponseTypes.optionalInstanceOf(ErasureSubjectView.class)).join();
    }

    /**
     * Erases the subject's personal data; refuses without the request's reference and reason, sending nothing.
     * Answers once the list of erasures shows it, or after {@link ReadModel#WAIT} without failing: the erasure is
     * done either way, and the list shows it on its next look.
     */
    public void erase(ErasureSubjectView subject, String requestReference, String reason) {
        String reference = text(requestReference);
        String why = text(reason);
        if (reference == null || why == null) {
            throw new UserError(ErrorCode.ERASURE_REASON_REQUIRED, "an erasure names the request and its reason");
        }
        String erasureId = ErasePersonalDataCommand.idOf(subject.kind(), subject.subjectId());
        commandGateway.sendAndWait(new ErasePersonalDataCommand(erasureId, subject.kind(), subject.subjectId(),
                reference, why));
        try {
            ReadModel.poll(() -> Optional.of(erasures()),
                    listed -> listed.stream().anyMatch(erasure -> erasure.erasureId().equals(erasureId)));
        } catch (IllegalStateException listedLater) {
            // never reported as a failure: the key is already destroyed
        }
    }

    /** The erasures done, newest first. */
    public List<ErasureView> erasures() {
        return queryGateway.query(new FindErasuresQuery(LISTED), ResponseTypes.multipleInstancesOf(ErasureView.class))
                           .join();
    }

    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static String text(String input) {
        return input == null || input.isBlank() ? null : input.strip();
    }
}
