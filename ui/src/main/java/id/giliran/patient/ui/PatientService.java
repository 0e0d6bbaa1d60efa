package id.giliran.patient.ui;

import id.giliran.api.audit.AccessKind;
import id.giliran.api.common.ErrorCode;
import id.giliran.audit.recording.AuditRecorder;
import id.giliran.identity.security.Callers;
import id.giliran.api.patient.FindPatientByNikQuery;
import id.giliran.api.patient.FindPatientQuery;
import id.giliran.api.patient.NikCheck;
import id.giliran.api.patient.Niks;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientSummary;
import id.giliran.api.patient.PatientView;
import id.giliran.ui.ReadModel;
import id.giliran.api.patient.RegisterPatientCommand;
import id.giliran.api.patient.SearchPatientsQuery;
import id.giliran.api.patient.Sex;
import id.giliran.api.patient.UpdatePatientCommand;
import id.giliran.ui.ErrorText.UserError;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The front desk's patients: register new ones, change their data, find returning ones. Register
 * and update answer once the read model shows the effect, so the screen never shows stale data.
 * A refusal is a command failure with its error code (see {@code ErrorText}); on
 * NIK_ALREADY_REGISTERED the screen offers {@link #findByNik} — the patient who holds the NIK.
 * Every read a person asks for (a search, a patient opened, a visit card) is written to the audit
 * trail before it is answered, without the search term or the patient's data.
 */
@Service
public class PatientService {

    static final int SEARCH_RESULTS = 20;

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final AuditRecorder audit;
    private final java.time.Clock clock;

    PatientService(CommandGateway commandGateway, QueryGateway queryGateway, AuditRecorder audit,
                   java.time.Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in the Puskesmas' zone: no birth date lies after it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What the NIK says against the birth date and sex entered, to warn before sending. */
    public NikCheck checkNik(String nik, LocalDate birthDate, Sex sex) {
        return Niks.check(Niks.normalise(nik), birthDate, sex);
    }

    /**
     * Registers a new patient, who gets the next No. RM.
     *
     * @param overrideReason why a NIK that disagrees with the birth date or sex is accepted; null otherwise
     */
    public PatientView register(PatientDetails details, String overrideReason) {
        String patientId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new RegisterPatientCommand(patientId, details, optional(overrideReason)));
        return await(patientId, registered -> true);
    }

    /** Changes a patient's data; {@code reason} says why (required). */
    public PatientView update(String patientId, PatientDetails details, String reason, String overrideReason) {
        if (lookUp(patientId).isEmpty()) {
            throw new UserError(ErrorCode.PATIENT_UNKNOWN, "no patient " + patientId);
        }
        Long revision = commandGateway.sendAndWait(new UpdatePatientCommand(patientId, details, reason,
                optional(overrideReason)));
        return await(patientId, updated -> updated.revision() >= revision);
    }

    /**
     * Returning patients by No. RM, NIK, BPJS number or name, best matches first. The audit trail gets
     * that a search happened, by which kind of key and how many it found; never the term.
     */
    public List<PatientSummary> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<PatientSummary> found = queryGateway.query(new SearchPatientsQuery(text, SEARCH_RESULTS),
                ResponseTypes.multipleInstancesOf(PatientSummary.class)).join();
        audit.recordAccessed(Callers.current(), AccessKind.PATIENT_SEARCH, null, SearchKeys.of(text), found.size());
        return found;
    }

    /** A patient opened by a person (recorded in the audit trail). */
    public Optional<PatientView> find(String patientId) {
        audit.recordAccessed(Callers.current(), AccessKind.PATIENT, patientId);
        return lookUp(patientId);
    }

    /** The patient's visit card shown to print (recorded in the audit trail). */
    public Optional<PatientView> visitCard(String patientId) {
        audit.recordAccessed(Callers.current(), AccessKind.VISIT_CARD, patientId);
        return lookUp(patientId);
    }

    /** The patient who holds a NIK; recorded as that patient opened by NIK (never the NIK). */
    public Optional<PatientView> findByNik(String nik) {
        Optional<PatientView> found = queryGateway.query(new FindPatientByNikQuery(nik),
                ResponseTypes.optionalInstanceOf(PatientView.class)).join();
        if (found.isPresent()) {
            audit.recordAccessed(Callers.current(), AccessKind.PATIENT, found.get().patientId(),
                    id.giliran.api.audit.LookupKey.NIK, null);
        }
        return found;
    }

    private Optional<PatientView> lookUp(String patientId) {
        return queryGateway.query(new FindPatientQuery(patientId), ResponseTypes.optionalInstanceOf(PatientView.class))
                           .join();
    }

    private PatientView await(String patientId, Predicate<PatientView> effectShown) {
        return ReadModel.await(queryGateway, new FindPatientQuery(patientId), PatientView.class, effectShown);
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
