package id.giliran.bpjs.pcare;

import id.giliran.api.bpjs.BpjsClinic;
import id.giliran.api.bpjs.BpjsDoctor;
import id.giliran.api.bpjs.BpjsPage;
import id.giliran.api.bpjs.BpjsVisit;
import id.giliran.api.bpjs.Participant;
import id.giliran.api.bpjs.VisitNumber;
import id.giliran.api.bpjs.VisitRegistration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * BPJS Kesehatan PCare as Giliran uses it. Every method throws {@link PcareException} when the
 * call fails; {@link PcareException#isTransient()} tells whether a retry later can help.
 */
public interface PcarePort {

    /** Empty when BPJS does not know the card number. */
    Optional<Participant> findParticipantByCardNumber(String cardNumber);

    /** Empty when BPJS does not know the NIK. */
    Optional<Participant> findParticipantByNik(String nik);

    /** Registers a visit; BPJS answers with its queue number (noUrut). */
    VisitNumber addVisit(VisitRegistration registration);

    void deleteVisit(VisitNumber visit);

    /** Visits registered for a day; {@code start} counts from 0. */
    BpjsPage<BpjsVisit> findVisits(LocalDate visitDate, int start, int limit);

    BpjsPage<BpjsClinic> findClinics(int start, int limit);

    BpjsPage<BpjsDoctor> findDoctors(int start, int limit);
}
