package id.giliran.bpjs.reference;

import id.giliran.api.bpjs.BpjsClinic;
import id.giliran.api.bpjs.BpjsClinicsView;
import id.giliran.api.bpjs.BpjsPage;
import id.giliran.api.bpjs.FindPcareClinicsQuery;
import id.giliran.bpjs.pcare.PcareException;
import id.giliran.bpjs.pcare.PcarePort;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * "Muat poli PCare": every clinic PCare knows for this FKTP, read page by page. BPJS's failures come back
 * explained in the answer, for the admin to read, never as an exception.
 */
@Component
public class PcareClinicList {

    static final int PAGE = 100;
    /** A safety stop: no FKTP has this many clinics; a PCare that keeps answering full pages is not believed. */
    static final int MAX_PAGES = 20;

    private final PcarePort pcare;

    public PcareClinicList(PcarePort pcare) {
        this.pcare = pcare;
    }

    @QueryHandler
    public BpjsClinicsView handle(FindPcareClinicsQuery query) {
        List<BpjsClinic> clinics = new ArrayList<>();
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                BpjsPage<BpjsClinic> answer = pcare.findClinics(page * PAGE, PAGE);
                clinics.addAll(answer.items());
                if (answer.items().size() < PAGE || clinics.size() >= answer.total()) {
                    break;
                }
            }
        } catch (PcareException failure) {
            return new BpjsClinicsView(List.of(), failure.explanationForOfficer());
        }
        return new BpjsClinicsView(clinics, null);
    }
}
