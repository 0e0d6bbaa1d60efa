package id.giliran.registration.ui;

import id.giliran.api.audit.AccessKind;
import id.giliran.api.audit.LookupKey;
import id.giliran.api.bpjs.BpjsCheckView;
import id.giliran.audit.recording.AuditRecorder;
import id.giliran.identity.security.Callers;
import id.giliran.api.bpjs.CheckBpjsParticipantQuery;
import id.giliran.api.bpjs.Participant;
import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.registration.BpjsBridgingStatus;
import id.giliran.api.registration.CancelRegistrationCommand;
import id.giliran.api.registration.ChangeRegistrationCommand;
import id.giliran.api.registration.CompleteRegistrationCommand;
import id.giliran.api.registration.FindPatientVisitsQuery;
import id.giliran.api.registration.FindRegistrationQuery;
import id.giliran.api.registration.FindTicketRegistrationQuery;
import id.giliran.api.registration.MandatoryInformation;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RecordBpjsCheckCommand;
import id.giliran.api.registration.RecordMandatoryInformationCommand;
import id.giliran.api.registration.RegistrationStatus;
import id.giliran.api.registration.RegistrationView;
import id.giliran.api.registration.RequestBpjsVisitCommand;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.api.registration.StartRegistrationCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import id.giliran.ui.ReadModel;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The front desk's registration of a called ticket's patient. Each change answers the registration
 * once the read model shows it, so the screen never shows a stale checklist. Opening a registration
 * and asking BPJS about a participant are written to the audit trail first (ids only).
 */
@Service
public class RegistrationService {


    /**
     * PCare poli codes (kdPoli) of the seeded clinics, used while a clinic has no BPJS code of its own
     * in the master data; an admin's code always wins.
     */
    static final Map<String, String> SEEDED_POLI_CODES = Map.of("UMUM", "001", "GIGI", "002", "KIA-KB", "003");

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final MasterDataService masterData;
    private final AuditRecorder audit;

    RegistrationService(CommandGateway commandGateway, QueryGateway queryGateway, MasterDataService masterData,
                        AuditRecorder audit) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.masterData = masterData;
        this.audit = audit;
    }

    public RegistrationView start(String ticketId, String patientId, PatientKind kind, PaymentType payment,
                                  String clinicCode, String doctorId, String notes) {
        String registrationId = UUID.randomUUID().toString();
        return sendAndAwait(registrationId, new StartRegistrationCommand(registrationId, ticketId, patientId, kind,
                payment, clinicCode, doctorId, notes), started -> true);
    }

    public RegistrationView change(RegistrationView registration, PaymentType payment, String clinicCode,
                                   String doctorId, String notes) {
        return sendAndAwait(registration.registrationId(), new ChangeRegistrationCommand(
                        registration.registrationId(), payment, clinicCode, doctorId, notes),
                changed -> changed.payment() == payment && java.util.Objects.equals(changed.clinicCode(), clinicCode)
                        && java.util.Objects.equals(changed.doctorId(), doctorId));
    }

    public RegistrationView inform(RegistrationView registration, MandatoryInformation item) {
        return sendAndAwait(registration.registrationId(),
                new RecordMandatoryInformationCommand(registration.registrationId(), item),
                changed -> changed.informed().contains(item));
    }

    /**
     * "Cek BPJS": what BPJS says about the card number (13 digits) or NIK (16 digits); failures come explained.
     * The bridging log names the registration it was made for, and keeps the call as that patient's data.
     */
    public BpjsCheckView checkBpjs(String cardNumberOrNik, String registrationId, String patientId) {
        String digits = cardNumberOrNik == null ? "" : cardNumberOrNik.replaceAll("\\D", "");
        audit.recordAccessed(Callers.current(), AccessKind.BPJS_CHECK, registrationId,
                digits.length() == 16 ? LookupKey.NIK : LookupKey.BPJS, null);
        return queryGateway.query(new CheckBpjsParticipantQuery(cardNumberOrNik, registrationId, patientId),
                                  BpjsCheckView.class)
                           .join();
    }

    /** Records on the registration what BPJS answered about the participant. */
    public RegistrationView recordBpjsCheck(RegistrationView registration, Participant participant) {
        java.time.Instant before = registration.bpjsCheck() == null ? null : registration.bpjsCheck().checkedAt();
        return sendAndAwait(registration.registrationId(), new RecordBpjsCheckCommand(registration.registrationId(),
                        participant.cardNumber(), participant.name(), participant.active(),
                        participant.participantClass(), participant.participantType(), participant.providerName(),
                        participant.validUntil()),
                changed -> changed.bpjsCheck() != null
                        && participant.cardNumber().equals(changed.bpjsCheck().cardNumber())
                        && !changed.bpjsCheck().checkedAt().equals(before));
    }

    /**
     * "Daftarkan ke BPJS": asks for the visit to be registered with PCare (done in the background, retried
     * when BPJS is down). {@code providerCode} is the participant's FKTP from the check when known, else null.
     */
    public RegistrationView requestBpjsVisit(RegistrationView registration, String providerCode) {
        String card = registration.bpjsCheck() == null ? null : registration.bpjsCheck().cardNumber();
        return sendAndAwait(registration.registrationId(), new RequestBpjsVisitCommand(registration.registrationId(),
                        card, registration.serviceDate(), providerCode, poliCode(registration.clinicCode())),
                changed -> changed.bpjsBridging() != null
                        && changed.bpjsBridging().status() != BpjsBridgingStatus.FAILED);
    }

    /** The clinic's PCare code: its own from the master data, else the seeded clinics' known code, else null. */
    String poliCode(String clinicCode) {
        String own = masterData.clinics().stream().filter(clinic -> clinic.clinicCode().equals(clinicCode))
                               .map(ClinicView::bpjsPoliCode).findFirst().orElse(null);
        return own != null && !own.isBlank() ? own.strip() : SEEDED_POLI_CODES.get(clinicCode);
    }

    /** The registration as the read model shows it now ("Perbarui"). */
    public Optional<RegistrationView> find(String registrationId) {
        audit.recordAccessed(Callers.current(), AccessKind.REGISTRATION, registrationId);
        return queryGateway.query(new FindRegistrationQuery(registrationId),
                ResponseTypes.optionalInstanceOf(RegistrationView.class)).join();
    }

    /** "Antar RM ke poli": the record goes to the clinic, the ticket is directed there. */
    public RegistrationView complete(RegistrationView registration) {
        return sendAndAwait(registration.registrationId(), new CompleteRegistrationCommand(registration.registrationId()),
                changed -> changed.status() == RegistrationStatus.COMPLETED);
    }

    public RegistrationView cancel(RegistrationView registration, String reason) {
        return sendAndAwait(registration.registrationId(),
                new CancelRegistrationCommand(registration.registrationId(), reason),
                changed -> changed.status() == RegistrationStatus.CANCELLED);
    }

    /** The registration of a ticket, if it has one; recorded as that registration opened, before it is answered. */
    public Optional<RegistrationView> ofTicket(String ticketId) {
        Optional<RegistrationView> found = queryGateway.query(new FindTicketRegistrationQuery(ticketId),
                ResponseTypes.optionalInstanceOf(RegistrationView.class)).join();
        found.ifPresent(registration -> audit.recordAccessed(Callers.current(), AccessKind.REGISTRATION,
                registration.registrationId()));
        return found;
    }

    public List<RegistrationView> visits(String patientId) {
        return queryGateway.query(new FindPatientVisitsQuery(patientId),
                ResponseTypes.multipleInstancesOf(RegistrationView.class)).join();
    }

    private RegistrationView sendAndAwait(String registrationId, Object command, Predicate<RegistrationView> shown) {
        commandGateway.sendAndWait(command);
        return ReadModel.await(queryGateway, new FindRegistrationQuery(registrationId), RegistrationView.class, shown);
    }
}
