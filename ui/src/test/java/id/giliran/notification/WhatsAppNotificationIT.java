package id.giliran.notification;

import org.junit.jupiter.api.extension.ExtendWith;
import id.giliran.AsTheApplication;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.giliran.GiliranSpringTest;
import id.giliran.api.masterdata.CounterView;
import id.giliran.identity.security.Callers;
import id.giliran.api.notification.FindNotificationLogQuery;
import id.giliran.api.notification.NotificationStatus;
import id.giliran.api.notification.TurnNotificationView;
import id.giliran.api.queue.ArrivalChannel;
import id.giliran.api.queue.BookTicketCommand;
import id.giliran.api.queue.ConfirmArrivalCommand;
import id.giliran.api.queue.IssueTicketCommand;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCategory;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.queue.ui.CallingService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Your turn is near" by WhatsApp on the whole application, against a WireMock Cloud API: a booked
 * ticket with a phone number that comes within the default 3 of being called gets exactly one
 * message; a message WhatsApp refuses at first (503) is sent again after the (shortened) back-off
 * and recorded as delivered. Its own context (WhatsApp on, polling every 200 ms), closed afterwards.
 */
@GiliranSpringTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(AsTheApplication.class)
class WhatsAppNotificationIT {

    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String MESSAGES = "/v21.0/" + PHONE_NUMBER_ID + "/messages";
    static final String TOKEN = "EAAG-integration-test";
    static final WireMockServer WHATSAPP = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
            .notifier(new ConsoleNotifier(false)));

    static {
        WHATSAPP.start();
    }

    @DynamicPropertySource
    static void whatsApp(DynamicPropertyRegistry registry) {
        registry.add("giliran.whatsapp.enabled", () -> "true");
        registry.add("giliran.whatsapp.base-url", () -> WHATSAPP.baseUrl() + "/v21.0");
        registry.add("giliran.whatsapp.phone-number-id", () -> PHONE_NUMBER_ID);
        registry.add("giliran.whatsapp.access-token", () -> TOKEN);
        registry.add("giliran.whatsapp.poll-interval", () -> "200ms");
        registry.add("giliran.whatsapp.first-retry-delay", () -> "1s");
    }

    @AfterAll
    static void stopWhatsApp() {
        WHATSAPP.stop();
    }

    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    CallingService calling;
    @Autowired
    MasterDataService masterData;
    @Autowired
    Clock clock;

    private CounterView counter;

    @BeforeEach
    void anEmptyQueue() {
        await().atMost(Duration.ofSeconds(30)).until(() -> masterData.counters().size() == 2);
        counter = masterData.counters().get(0);
        while (calling.callNext(counter).isPresent()) {
            // start from an empty queue today
        }
    }

    @Test
    void aBookedTicketWithAPhoneGetsExactlyOneMessageWhenItsTurnComesNear() throws Exception {
        String digits = "6281234567890";
        WHATSAPP.stubFor(post(urlPathEqualTo(MESSAGES)).withRequestBody(matchingJsonPath("$.to", equalTo(digits)))
                .willReturn(okJson("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.SITI1\"}]}")));
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 5; i++) {
            commandGateway.sendAndWait(new IssueTicketCommand(UUID.randomUUID().toString(), today, "A",
                    TicketCategory.GENERAL, null, PaymentType.UMUM, "UMUM"));
        }
        String ticketId = bookAndArrive(today, "+" + digits, "WHATSAP2");
        await().atMost(Duration.ofSeconds(30)).until(() -> calling.waiting(20).stream()
                .anyMatch(ticket -> ticket.ticketId().equals(ticketId) && ticket.waitingAhead() == 5));

        // the officer at the loket moves the line on: the request for the message is the application's own
        callNextAsOfficer();
        Thread.sleep(1000);
        assertThat(requestsTo(digits)).as("4 ahead: not near yet").isZero();

        callNextAsOfficer();
        await().atMost(Duration.ofSeconds(20)).until(() -> requestsTo(digits) == 1);
        TurnNotificationView delivered = awaitLog(ticketId, NotificationStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(1);
        assertThat(delivered.providerMessageId()).isEqualTo("wamid.SITI1");
        assertThat(delivered.phone()).isEqualTo("+62812****7890");
        WHATSAPP.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(matchingJsonPath("$.to", equalTo(digits)))
                .withRequestBody(matchingJsonPath("$.template.components[0].parameters[1].text", equalTo("3")))
                .withRequestBody(matchingJsonPath("$.template.components[0].parameters[2].text",
                        equalTo("Poli Umum"))));

        // the line moves on; the ticket is called itself: still one message
        while (calling.callNext(counter).isPresent()) {
            // everybody is called
        }
        Thread.sleep(1000);
        assertThat(requestsTo(digits)).isEqualTo(1);
    }

    @Test
    void aMessageRefusedAtFirstIsSentAgainAfterTheBackOffAndRecordedAsDelivered() {
        String digits = "6281298765432";
        WHATSAPP.stubFor(post(urlPathEqualTo(MESSAGES)).withRequestBody(matchingJsonPath("$.to", equalTo(digits)))
                .inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)
                        .withBody("{\"error\":{\"message\":\"Service temporarily unavailable\",\"code\":2}}"))
                .willSetStateTo("recovered"));
        WHATSAPP.stubFor(post(urlPathEqualTo(MESSAGES)).withRequestBody(matchingJsonPath("$.to", equalTo(digits)))
                .inScenario("busy").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.BUDI2\"}]}")));
        LocalDate today = LocalDate.now(clock);

        // nobody ahead: near when the patient confirms arrival on their phone
        String phone = "+" + digits;
        String ticketId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new BookTicketCommand(ticketId, today, "A", TicketCategory.GENERAL, null,
                PaymentType.BPJS, "UMUM", phone, "WHATSAP3", null, null, phone));
        Callers.runAs(new UsernamePasswordAuthenticationToken(phone, null,
                        List.of(new SimpleGrantedAuthority("ROLE_PASIEN"))),
                () -> commandGateway.sendAndWait(new ConfirmArrivalCommand(ticketId, ArrivalChannel.MOBILE)));

        TurnNotificationView delivered = awaitLog(ticketId, NotificationStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.lastError()).contains("HTTP 503");
        assertThat(delivered.providerMessageId()).isEqualTo("wamid.BUDI2");
        assertThat(requestsTo(digits)).isEqualTo(2);
    }

    private void callNextAsOfficer() {
        Callers.runAs(new UsernamePasswordAuthenticationToken("loket@giliran.id", null,
                List.of(new SimpleGrantedAuthority("ROLE_PETUGAS_LOKET"))), () -> calling.callNext(counter));
    }

    private String bookAndArrive(LocalDate today, String phone, String bookingCode) {
        String ticketId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new BookTicketCommand(ticketId, today, "A", TicketCategory.GENERAL, null,
                PaymentType.BPJS, "UMUM", phone, bookingCode, null, null, phone));
        commandGateway.sendAndWait(new ConfirmArrivalCommand(ticketId, ArrivalChannel.KIOSK));
        return ticketId;
    }

    private int requestsTo(String digits) {
        return WHATSAPP.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))
                .withRequestBody(matchingJsonPath("$.to", equalTo(digits)))).size();
    }

    private TurnNotificationView awaitLog(String ticketId, NotificationStatus status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> log().stream()
                        .filter(notification -> notification.ticketId().equals(ticketId)
                                && notification.status() == status)
                        .findFirst().orElse(null),
                found -> found != null);
    }

    private List<TurnNotificationView> log() {
        return queryGateway.query(new FindNotificationLogQuery(LocalDate.now(clock)),
                ResponseTypes.multipleInstancesOf(TurnNotificationView.class)).join();
    }

}
