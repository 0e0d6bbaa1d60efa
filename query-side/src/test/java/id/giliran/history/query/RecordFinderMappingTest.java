package id.giliran.history.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.data.mongodb.core.mapping.Document;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finder reads other read models' documents by their collection and field names: this guards
 * those names, so renaming one of them fails here rather than leaving the auditor's finder blind.
 */
class RecordFinderMappingTest {

    @ParameterizedTest(name = "{1}.{2}")
    @CsvSource({
            "id.giliran.queue.query.QueueTicketDocument, queue_tickets, number",
            "id.giliran.queue.query.QueueTicketDocument, queue_tickets, serviceDate",
            "id.giliran.registration.query.RegistrationProjection$RegistrationDocument, registrations, registrationNumber",
            "id.giliran.patient.query.PatientDocument, patients, recordKey",
            "id.giliran.counseling.query.CounselingBookingDocument, counseling_bookings, counselorId",
            "id.giliran.counseling.query.CounselorDocument, counselor_directory, counselorId",
            "id.giliran.identity.query.UserAccountDocument, user_accounts, username",
            "id.giliran.masterdata.query.ClinicDocument, clinics, clinicCode"})
    void theFinderReadsTheCollectionsAndFieldsTheReadModelsWrite(String type, String collection, String field)
            throws ClassNotFoundException {
        Class<?> document = Class.forName(type);

        assertThat(document.getAnnotation(Document.class).value()).isEqualTo(collection);
        assertThat(Arrays.stream(document.getRecordComponents()).map(RecordComponent::getName)).contains(field);
    }

    @Test
    void ticketNumbersAreReadAsTheQueueWritesThem() {
        assertThat(RecordFinder.ticketNumber("a-12")).isEqualTo("A-012");
        assertThat(RecordFinder.ticketNumber("P 7")).isEqualTo("P-007");
        assertThat(RecordFinder.ticketNumber("A-012")).isEqualTo("A-012");
        assertThat(RecordFinder.ticketNumber("???")).isEqualTo("???");
    }
}
