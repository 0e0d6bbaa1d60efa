package id.giliran.document.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.document.AttachDocumentCommand;
import id.giliran.api.document.DocumentAttachedEvent;
import id.giliran.api.document.DocumentType;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimitCase;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

class PatientDocumentTest {

    static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    static final MetaData OFFICER = MetaData.from(new Caller("loket@giliran.id", Set.of(Role.PETUGAS_LOKET), "10.0.0.4")
            .toMetaData());

    private FixtureConfiguration<PatientDocument> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PatientDocument.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Jakarta")));
    }

    @Test
    void canAttachAScanToAPatient() {
        fixture.givenNoPriorActivity()
               .when(new AttachDocumentCommand("d1", "p1", DocumentType.KTP, " ktp siti.jpg ", "image/jpeg", 120_000,
                       "ab12"), OFFICER)
               .expectEvents(new DocumentAttachedEvent("d1", "p1", DocumentType.KTP, "ktp siti.jpg", "image/jpeg",
                       120_000, "ab12", "loket@giliran.id", NOW));
    }

    @Test
    void cannotAttachAnythingButImagesOrPdf() {
        fixture.givenNoPriorActivity()
               .when(new AttachDocumentCommand("d1", "p1", DocumentType.KK, "kk.exe", "application/x-msdownload", 10,
                       "ab12"), OFFICER)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.DOCUMENT_TYPE_NOT_ACCEPTED.name())
               .expectNoEvents();
    }

    @Test
    void cannotAttachAnEmptyFile() {
        fixture.givenNoPriorActivity()
               .when(new AttachDocumentCommand("d1", "p1", DocumentType.KIA, "kia.png", "image/png", 0, "ab12"), OFFICER)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.DOCUMENT_EMPTY.name())
               .expectNoEvents();
    }

    @Test
    void theFileNameIsAcceptedAtItsLimitAndRefusedOneCharacterMore() {
        new TextLimitCase("file name", TextLimit.FILE_NAME, text -> new AttachDocumentCommand("d1", "p1",
                DocumentType.KTP, text, "image/jpeg", 120_000, "ab12"), OFFICER).verify(fixture);
    }
}
