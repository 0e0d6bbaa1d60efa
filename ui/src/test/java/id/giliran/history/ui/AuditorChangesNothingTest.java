package id.giliran.history.ui;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.counseling.CancelCounselingCommand;
import id.giliran.api.identity.DeactivateUserCommand;
import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import id.giliran.api.registration.CancelRegistrationCommand;
import id.giliran.infrastructure.ErrorCodes;
import id.giliran.ui.KaribuTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The auditor reads and changes nothing: no command of the api names the role (but the read marks
 * of one's own inbox), and commands sent as AUDITOR are refused at the message level, whatever screen
 * (or none) sends them.
 */
class AuditorChangesNothingTest extends KaribuTest {

    @Autowired
    CommandGateway commands;

    @Test
    void noCommandNamesTheAuditorButTheReadMarksOfTheirOwnInbox() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Command$")));
        List<Class<?>> commandTypes = scanner.findCandidateComponents("id.giliran.api").stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader()))
                .filter(Class::isRecord)
                .<Class<?>>map(type -> type)
                .toList();

        assertThat(commandTypes).hasSizeGreaterThan(40);
        assertThat(commandTypes).filteredOn(type -> Arrays.asList(type.getAnnotation(Permitted.class).value())
                                                          .contains(Role.AUDITOR))
                                .extracting(Class::getSimpleName)
                                .containsExactly("MarkInboxReadCommand");
    }

    @Test
    void commandsSentAsAnAuditorAreRefused() {
        signIn("auditor@giliran.id", Role.AUDITOR);

        for (Object command : List.of(new DeactivateUserCommand("admin@giliran.id"),
                new CancelRegistrationCommand("r-any", "uji"),
                new CancelCounselingCommand("konselor@giliran.id", "b-any", "uji"),
                // anyone may take a ticket at the kiosk, but not an auditor signed in
                new id.giliran.api.queue.IssueTicketCommand("t-auditor", java.time.LocalDate.of(2026, 11, 30), "A",
                        id.giliran.api.queue.TicketCategory.GENERAL, null, id.giliran.api.queue.PaymentType.UMUM,
                        "UMUM"))) {
            assertThatThrownBy(() -> commands.sendAndWait(command))
                    .as(command.getClass().getSimpleName())
                    .satisfies(failure -> assertThat(ErrorCodes.of(failure)).contains(ErrorCode.ACCESS_DENIED.name()));
        }
    }
}
