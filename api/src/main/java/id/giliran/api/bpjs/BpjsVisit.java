package id.giliran.api.bpjs;

/** A visit as PCare lists it for a day. */
public record BpjsVisit(
        VisitNumber number,
        String participantName,
        String clinicName,
        String complaint,
        boolean sickVisit,
        String status) {
}
