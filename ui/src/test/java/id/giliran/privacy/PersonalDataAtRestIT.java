package id.giliran.privacy;

import id.giliran.identity.security.Callers;
import org.junit.jupiter.api.extension.ExtendWith;
import id.giliran.AsTheApplication;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.giliran.BrowserSession;
import id.giliran.GiliranApplication;
import id.giliran.api.bpjs.BpjsCheckView;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.OnBehalfRequest;
import id.giliran.api.counseling.RequesterRelation;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.StudentAccount;
import id.giliran.api.document.DocumentType;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.MaritalStatus;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientView;
import id.giliran.api.patient.Sex;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketView;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RegistrationView;
import id.giliran.bpjs.sandbox.PcareSandbox;
import id.giliran.counseling.ui.CounselingService;
import id.giliran.document.ui.DocumentService;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.patient.ui.PatientService;
import id.giliran.privacy.PersonalValue.Kind;
import id.giliran.queue.ui.CallingService;
import id.giliran.queue.ui.KioskService;
import id.giliran.queue.ui.TicketRequest;
import id.giliran.registration.ui.RegistrationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #14 from outside: the whole application runs the main journeys with personal data this test chose
 * (in a real headless Chromium: the front desk registers a new patient and asks BPJS, a student requests
 * counseling and writes in its chat, a patient books online with NIK, BPJS number and WhatsApp number; through
 * the feature services: a second patient with a change reason, a registration with notes and a cancel reason,
 * a KTP scan, a BPJS check by NIK, a counselor's chat answer and cancel reason, a request on a student's
 * behalf). Every log line of the run is captured (id.giliran at DEBUG) together with System.out and
 * System.err. Then the stopped application's files are scanned byte for byte:
 * <ul>
 *   <li>the event store ({@code eventstore/}): no NIK, name, address, phone, BPJS number, allergy, note,
 *       topic, chat text, reason, file name or scan content;</li>
 *   <li>the read models ({@code readmodel/}): no NIK (the other values found there are reported, by
 *       collection);</li>
 *   <li>the captured output: none of the values, and no username.</li>
 * </ul>
 * Each scanner first has to find a value planted in the clear (a booking code, a ticket id, a logged
 * marker), so a scan that sees nothing cannot pass. The findings are written to
 * {@code target/privacy-scan/report.txt}.
 */
@ExtendWith(AsTheApplication.class)
class PersonalDataAtRestIT {

    private static final Path REPORT = Paths.get("target", "privacy-scan", "report.txt");
    private static final String COUNSELOR = "konselor@giliran.id";
    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(15_000);

    @TempDir
    Path dataDir;

    private final ThreadLocalRandom random = ThreadLocalRandom.current();
    private final List<PersonalValue> values = new ArrayList<>();
    private final List<String> report = new ArrayList<>();

    private String value(Kind kind, String label, String value) {
        values.add(new PersonalValue(kind, label, value));
        return value;
    }

    private String digits(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(random.nextInt(10));
        }
        return out.toString();
    }

    @Test
    void theJourneysLeaveNoPersonalDataInTheEventStoreNoNikInTheReadModelsAndNothingPersonalInTheLog()
            throws IOException {
        long started = System.nanoTime();
        // --- what the journeys type (unique-looking, so a hit is never chance) ---
        // front desk, in the browser: a woman born 15-03-1995 (day + 40 in the NIK)
        String nik1 = value(Kind.NIK, "patient 1 NIK (loket form)", "350901550395" + "0" + digits(3));
        String name1 = value(Kind.NAME, "patient 1 name", "Kinanti Larasati Wirodikromo");
        value(Kind.ADDRESS, "patient 1 birth place", "Bondowoso Kidul");
        String address1 = value(Kind.ADDRESS, "patient 1 address", "Jl. Flamboyan Raya Gg. Cempaka No. 17B");
        String kelurahan1 = value(Kind.ADDRESS, "patient 1 kelurahan", "Sumbersekar Wetan");
        String kecamatan1 = value(Kind.ADDRESS, "patient 1 kecamatan", "Kaliwates Lor");
        String kabupaten1 = value(Kind.ADDRESS, "patient 1 kabupaten", "Kabupaten Sumberjambe");
        String phone1 = value(Kind.PHONE, "patient 1 phone", "0812" + digits(8));
        String occupation1 = value(Kind.NOTE, "patient 1 occupation", "Pengrajin Batik Tulis Tenun");
        String allergy1 = value(Kind.ALLERGY, "patient 1 allergies", "Alergi udang galah dan amoksisilin");
        String bpjs1 = value(Kind.BPJS_NUMBER, "patient 1 BPJS number", "0008" + digits(9));
        // the PCare sandbox's participant the front desk checks
        value(Kind.BPJS_NUMBER, "sandbox card checked", PcareSandbox.ACTIVE_CARD);
        value(Kind.NAME, "sandbox participant name (card check)", "SITI AMINAH");
        value(Kind.NIK, "sandbox participant NIK (card check)", PcareSandbox.ACTIVE_NIK);
        // counseling, in the browser
        String topic1 = value(Kind.TOPIC, "student topic", "Sering cemas \"berlebihan\" menjelang ujian kenaikan");
        String chat1 = value(Kind.CHAT, "student chat", "Bu, saya susah tidur sejak orang tua bercerai");
        // online booking, in the browser
        String nik2 = value(Kind.NIK, "booking NIK", "350902" + "200788" + "0" + digits(3));
        String bpjs2 = value(Kind.BPJS_NUMBER, "booking BPJS number", "0007" + digits(9));
        String phone2 = value(Kind.PHONE, "booking WhatsApp phone", "0857" + digits(8));
        String typedUsername = value(Kind.USERNAME, "username typed at a failed sign-in", "0878" + digits(8));
        // through the services
        String nik3 = value(Kind.NIK, "patient 2 NIK", "350903" + "110680" + "0" + digits(3));
        String name3 = value(Kind.NAME, "patient 2 name", "Bagaskara Wicaksono Tjokroaminoto");
        String address3 = value(Kind.ADDRESS, "patient 2 address", "Perum Griya Kenongo Asri Blok H-21");
        String phone3 = value(Kind.PHONE, "patient 2 phone", "+62813" + digits(8));
        String allergy3 = value(Kind.ALLERGY, "patient 2 allergies", "Alergi sengatan lebah dan ibuprofen");
        String bpjs3 = value(Kind.BPJS_NUMBER, "patient 2 BPJS number", "0006" + digits(9));
        String allergy3b = value(Kind.ALLERGY, "patient 2 allergies changed", "Alergi debu rumah, asma kambuhan");
        String changeReason = value(Kind.REASON, "patient 2 change reason",
                "Pasien pindah rumah setelah banjir bandang");
        String notes = value(Kind.NOTE, "registration notes",
                "Keluhan nyeri dada kiri menjalar sejak subuh");
        String cancelReason = value(Kind.REASON, "registration cancel reason",
                "Pasien pingsan di ruang tunggu, dirujuk");
        String fileName = value(Kind.FILE_NAME, "scan file name", "ktp-bagaskara-wicaksono.pdf");
        String scanContent = value(Kind.SCAN_CONTENT, "scan content", "KARTU TANDA PENDUDUK GOLONGAN DARAH O");
        value(Kind.NIK, "sandbox participant NIK (NIK check)", PcareSandbox.SECOND_ACTIVE_NIK);
        value(Kind.NAME, "sandbox participant name (NIK check)", "BUDI SANTOSO");
        String reply = value(Kind.CHAT, "counselor chat answer", "Boleh, kita bahas pola tidurmu hari Kamis");
        String counselingCancel = value(Kind.REASON, "counseling cancel reason", "Konselor sakit tipes dirawat inap");
        String requesterName = value(Kind.NAME, "on-behalf requester", "Ibu Wahyuningsih Prasetyaningrum");
        String onBehalfReason = value(Kind.REASON, "on-behalf reason", "Siswa menangis di kelas setelah dirundung");
        String topic2 = value(Kind.TOPIC, "on-behalf topic", "Dugaan perundungan oleh kakak kelas");
        for (String username : List.of("loket@giliran.id", "siswa@giliran.id", "pasien@giliran.id", COUNSELOR)) {
            value(Kind.USERNAME, "username " + username, username);
        }
        String loggedMarker = "planted-log-marker-" + digits(12);
        String printedMarker = "planted-console-marker-" + digits(12);

        String bookingCode;
        List<String> clearIds = new ArrayList<>();
        String logText;
        String consoleText;
        try (RunOutput output = new RunOutput()) {
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GiliranApplication.class)
                    .listeners(output.listener())
                    .run("--server.port=0", "--giliran.data-dir=" + dataDir, "--logging.level.id.giliran=DEBUG")) {
                report.add(String.format("application started in %d ms", (System.nanoTime() - started) / 1_000_000));
                int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
                MasterDataService masterData = app.getBean(MasterDataService.class);
                await().atMost(Duration.ofSeconds(30)).until(() -> masterData.counters().size() == 2
                        && masterData.doctors().size() >= 6);
                KioskService kiosk = app.getBean(KioskService.class);

                try (BrowserSession browser = new BrowserSession(port)) {
                    // ---- the front desk registers a new patient and asks BPJS ----
                    TicketView first = kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null,
                            PaymentType.UMUM, "UGD"));
                    clearIds.add(first.ticketId());
                    Page loket = browser.newPage();
                    loket.navigate(browser.url("loket"));
                    BrowserSession.signIn(loket, typedUsername, "Salah#2026");
                    assertThat(loket).hasURL(java.util.regex.Pattern.compile(".*error.*"));
                    BrowserSession.signIn(loket, "loket@giliran.id", "Loket#2026");
                    assertThat(loket).hasURL(java.util.regex.Pattern.compile(".*/loket(\\?.*)?"));
                    loket.locator("vaadin-radio-button", new Page.LocatorOptions().setHasText("Loket 1")).click();
                    loket.locator("#loket-call-next").click();
                    assertThat(loket.locator("#loket-current")).containsText(first.number());
                    loket.locator("#loket-serve").click();
                    assertThat(loket.locator("#registration-panel")).isVisible();
                    loket.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Pasien baru")).click();
                    fill(loket, "#patient-nik", nik1);
                    fill(loket, "#patient-name", name1);
                    fill(loket, "#patient-birth-place", "Bondowoso Kidul");
                    loket.locator("#patient-birth-date input").fill("15-03-1995");
                    loket.locator("#patient-birth-date input").press("Enter");
                    loket.locator("#patient-sex vaadin-radio-button",
                            new Page.LocatorOptions().setHasText("Perempuan")).click();
                    fill(loket, "#patient-address", address1);
                    fill(loket, "#patient-rt-rw", "004/011");
                    fill(loket, "#patient-kelurahan", kelurahan1);
                    fill(loket, "#patient-kecamatan", kecamatan1);
                    fill(loket, "#patient-kabupaten", kabupaten1);
                    fill(loket, "#patient-phone", phone1);
                    fill(loket, "#patient-occupation", occupation1);
                    fill(loket, "#patient-allergies", allergy1);
                    fill(loket, "#patient-bpjs", bpjs1);
                    loket.locator("#patient-save").click();
                    assertThat(loket.locator("#registration-record")).hasText("Rekam medis: dibuat baru");
                    assertThat(loket.locator("#registration-patient")).containsText(name1);
                    fill(loket, "#registration-bpjs-number", PcareSandbox.ACTIVE_CARD);
                    loket.locator("#registration-bpjs-check").click();
                    assertThat(loket.locator("#registration-bpjs-result")).containsText("SITI AMINAH", SLOW);
                    for (String item : new String[]{"hak_pasien", "kewajiban_pasien", "informasi_pelayanan",
                            "persetujuan_umum"}) {
                        loket.locator("#registration-info-" + item + " input").check();
                        assertThat(loket.locator("#registration-info-" + item)).hasAttribute("readonly", "");
                    }
                    loket.locator("#registration-complete").click();
                    assertThat(loket.locator("#loket-current")).containsText("diarahkan ke poli", SLOW);

                    // ---- a student requests counseling and writes in its chat ----
                    Page student = browser.newPage(new Browser.NewContextOptions().setViewportSize(390, 844)
                                                                                  .setIsMobile(true));
                    student.navigate(browser.url("konseling/konselor/" + COUNSELOR));
                    BrowserSession.signIn(student, "siswa@giliran.id", "Siswa#2026");
                    student.locator("#free-slots vaadin-button").first().click();
                    student.locator("#counseling-topic textarea").fill(topic1);
                    student.locator("#counseling-channel vaadin-radio-button",
                            new Page.LocatorOptions().setHasText("Chat")).click();
                    student.locator("#counseling-submit").click();
                    assertThat(student).hasURL(browser.url("konseling/janji-saya"));
                    Locator booking = student.locator(".giliran-counseling-card",
                            new Page.LocatorOptions().setHasText("menjelang ujian"));
                    assertThat(booking).containsText("Menunggu konfirmasi");
                    String bookingId = booking.getAttribute("id").substring("booking-".length());
                    clearIds.add(bookingId);
                    student.locator("#chat-" + bookingId).click();
                    student.locator("#chat-text textarea").fill(chat1);
                    student.locator("#chat-text textarea").press("Enter");
                    assertThat(student.locator("#chat-messages")).containsText(chat1);

                    // ---- a patient books online with NIK, BPJS number and WhatsApp number, then arrives ----
                    Page mobile = browser.newPage(new Browser.NewContextOptions().setViewportSize(390, 844)
                                                                                 .setIsMobile(true));
                    mobile.navigate(browser.url("antrean-online"));
                    BrowserSession.signIn(mobile, "pasien@giliran.id", "Pasien#2026");
                    mobile.locator("#booking-clinic vaadin-radio-button",
                            new Page.LocatorOptions().setHasText("Poli Umum")).click();
                    mobile.locator("#booking-payment vaadin-radio-button",
                            new Page.LocatorOptions().setHasText("BPJS Kesehatan")).click();
                    fill(mobile, "#booking-nik", nik2);
                    fill(mobile, "#booking-bpjs", bpjs2);
                    fill(mobile, "#booking-phone", phone2);
                    mobile.locator("#booking-submit").click();
                    assertThat(mobile).hasURL(browser.url("antrean-saya"));
                    assertThat(mobile.locator(".giliran-my-ticket")).containsText("Menunggu kedatangan");
                    bookingCode = mobile.locator(".giliran-booking-code").textContent()
                                        .replace("Kode booking: ", "").replaceAll("\\s", "");
                    Page kioskPage = browser.newPage();
                    kioskPage.navigate(browser.url("kiosk"));
                    kioskPage.locator("#kiosk-arrival").click();
                    kioskPage.locator("#kiosk-booking-code input").fill(bookingCode);
                    kioskPage.locator("#kiosk-booking-code input").press("Enter");
                    kioskPage.locator("#kiosk-arrival-confirm").click();
                    assertThat(mobile.locator(".giliran-my-ticket")).containsText("Menunggu dipanggil", SLOW);
                }
                report.add(String.format("browser journeys done at %d ms", (System.nanoTime() - started) / 1_000_000));

                // ---- the rest through the feature services, as the people who may do it ----
                PatientService patients = app.getBean(PatientService.class);
                RegistrationService registrations = app.getBean(RegistrationService.class);
                CallingService calling = app.getBean(CallingService.class);
                DocumentService documents = app.getBean(DocumentService.class);
                CounselingService counseling = app.getBean(CounselingService.class);
                as("loket@giliran.id", "PETUGAS_LOKET", () -> {
                    PatientDetails details = new PatientDetails(nik3, name3, "Lumajang", LocalDate.of(1980, 6, 11),
                            Sex.LAKI_LAKI, address3, "002/009", "Tegalgede", "Sumbersari", "Jember", phone3,
                            BloodType.O, MaritalStatus.KAWIN, "Montir", allergy3, bpjs3);
                    PatientView second = patients.register(details, null);
                    clearIds.add(second.patientId());
                    patients.update(second.patientId(), new PatientDetails(nik3, name3, "Lumajang",
                            LocalDate.of(1980, 6, 11), Sex.LAKI_LAKI, address3, "002/009", "Tegalgede", "Sumbersari",
                            "Jember", phone3, BloodType.O, MaritalStatus.KAWIN, "Montir", allergy3b, bpjs3),
                            changeReason, null);
                    CounterView loket2 = masterData.counters().get(1);
                    TicketView ticket = kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null,
                            PaymentType.BPJS, "UGD"));
                    calling.startServing(calling.call(ticket, loket2));
                    RegistrationView registration = registrations.start(ticket.ticketId(), second.patientId(),
                            PatientKind.LAMA, PaymentType.BPJS, "UGD", null, notes);
                    clearIds.add(registration.registrationId());
                    BpjsCheckView byNik = registrations.checkBpjs(PcareSandbox.SECOND_ACTIVE_NIK,
                            registration.registrationId(), registration.patientId());
                    assertThat(byNik.isFound()).as("the sandbox knows " + PcareSandbox.SECOND_ACTIVE_NIK).isTrue();
                    registration = registrations.recordBpjsCheck(registration, byNik.participant());
                    documents.attach(second.patientId(), DocumentType.KTP, fileName, pdf(scanContent + " NIK " + nik3));
                    registrations.cancel(registration, cancelReason);
                    return null;
                });
                as(COUNSELOR, "KONSELOR", () -> {
                    CounselingBookingView booking = counseling.booking(clearIds.get(1)).orElseThrow();
                    counseling.sendMessage(booking, reply);
                    counseling.cancel(booking, counselingCancel);
                    // the demo student as the counselor's screen offers them (name as the demo account has it)
                    StudentAccount student = new StudentAccount("siswa@giliran.id", "Siswa Demo");
                    CounselingBookingView onBehalf = counseling.requestFor(COUNSELOR, student,
                            counseling.alternativesFor(COUNSELOR).get(2).start(), topic2, SessionChannel.TATAP_MUKA,
                            new OnBehalfRequest(requesterName, RequesterRelation.WALI_KELAS, onBehalfReason));
                    clearIds.add(onBehalf.bookingId());
                    return null;
                });
                LoggerFactory.getLogger("id.giliran.privacy.scan").debug("a planted line: {}", loggedMarker);
                System.out.println(printedMarker);
                report.add(String.format("service journeys done at %d ms", (System.nanoTime() - started) / 1_000_000));
            }
            logText = String.join("\n", output.logLines());
            consoleText = output.consoleText();
        }
        report.add(String.format("application stopped at %d ms; %d log lines, %d console characters captured",
                (System.nanoTime() - started) / 1_000_000, logText.lines().count(), consoleText.length()));

        List<String> failures = new ArrayList<>();

        // ---- the scanners find what is there in the clear ----
        List<PersonalValue> planted = new ArrayList<>();
        planted.add(new PersonalValue(Kind.NOTE, "booking code (clear by design)", bookingCode));
        for (int i = 0; i < clearIds.size(); i++) {
            planted.add(new PersonalValue(Kind.NOTE, "id " + i + " (clear by design)", clearIds.get(i)));
        }
        List<ValueScanner.Hit> plantedInEvents = ValueScanner.scanFiles(dataDir.resolve("eventstore"), planted);
        List<ValueScanner.Hit> plantedInReadModels = ValueScanner.scanFiles(dataDir.resolve("readmodel"), planted);
        assertThat(plantedInEvents).as("the event store scan finds the booking code and the ids")
                                   .hasSize(planted.size());
        assertThat(plantedInReadModels).as("the read-model scan finds the booking code and the ids")
                                       .hasSize(planted.size());
        assertThat(ValueScanner.scan(logText, "log", List.of(new PersonalValue(Kind.NOTE, "marker", loggedMarker))))
                .as("the DEBUG line logged under id.giliran was captured").hasSize(1);
        assertThat(ValueScanner.scan(consoleText, "console",
                List.of(new PersonalValue(Kind.NOTE, "marker", printedMarker))))
                .as("System.out was captured").hasSize(1);

        // ---- the H2 files are not compressed: the byte scan sees every page ----
        for (Path file : List.of(dataDir.resolve("eventstore").resolve("events.mv.db"),
                dataDir.resolve("readmodel").resolve("mongo.mv"))) {
            StoredData.Pages pages = StoredData.pages(file);
            report.add(String.format("%s: %d bytes, %d pages, %d compressed", dataDir.relativize(file),
                    Files.size(file), pages.total(), pages.compressed()));
            if (pages.compressed() > 0) {
                failures.add(dataDir.relativize(file) + " has " + pages.compressed()
                        + " compressed pages: the byte scan cannot see into them");
            }
        }

        // ---- (a) the event store: nothing personal in the clear ----
        List<PersonalValue> personal = values.stream().filter(v -> v.kind() != Kind.USERNAME).toList();
        List<ValueScanner.Hit> inEvents = ValueScanner.scanFiles(dataDir.resolve("eventstore"), personal);
        List<ValueScanner.Hit> eventCells = StoredData.eventStoreCells(dataDir, values);
        section("(a) event store file", inEvents);
        section("(a) event store, by table.column [event type] (usernames included, for information)", eventCells);
        inEvents.forEach(hit -> failures.add("event store: " + hit));

        // ---- (b) the read models: no NIK in the clear; the rest is reported by collection ----
        List<ValueScanner.Hit> inReadModels = ValueScanner.scanFiles(dataDir.resolve("readmodel"), values);
        List<ValueScanner.Hit> readModelFields = StoredData.readModelFields(dataDir, values);
        report.add("read-model collections: " + StoredData.readModelCollections(dataDir));
        section("(b) read-model file", inReadModels);
        section("(b) read models, by collection.field", readModelFields);
        inReadModels.stream().filter(hit -> hit.value().kind() == Kind.NIK)
                    .forEach(hit -> failures.add("read model: " + hit));

        // ---- (c) the log and the console: nothing personal, no username ----
        List<ValueScanner.Hit> inLog = new ArrayList<>(ValueScanner.scan(logText, "log", values));
        inLog.addAll(ValueScanner.scan(consoleText, "console", values));
        section("(c) captured log and console", inLog);
        for (ValueScanner.Hit hit : inLog) {
            String line = (hit.where().equals("log") ? logText : consoleText).lines()
                    .filter(candidate -> hit.value().forms().stream()
                            .anyMatch(form -> candidate.toLowerCase().contains(form)))
                    .findFirst().orElse(hit.context());
            failures.add(hit.where() + ": " + hit.value() + " in line: " + line);
        }

        report.add(String.format("scan done at %d ms", (System.nanoTime() - started) / 1_000_000));
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report, StandardCharsets.UTF_8);
        report.forEach(line -> System.out.println("[privacy-scan] " + line));
        assertThat(failures).as("personal data in the clear (full report in " + REPORT.toAbsolutePath() + ")")
                            .isEmpty();
    }

    private void section(String title, List<ValueScanner.Hit> hits) {
        report.add(title + ": " + (hits.isEmpty() ? "nothing found" : hits.size() + " found"));
        Map<String, List<ValueScanner.Hit>> byValue = hits.stream().collect(Collectors.groupingBy(
                hit -> hit.value().toString(), java.util.LinkedHashMap::new, Collectors.toList()));
        byValue.forEach((value, found) -> report.add("  " + value + " -> "
                + found.stream().map(ValueScanner.Hit::where).distinct().collect(Collectors.joining(", "))));
    }

    private static void fill(Page page, String id, String text) {
        page.locator(id + " input").fill(text);
    }

    /** Runs {@code work} signed in as {@code username} with {@code role}, as a screen of theirs would. */
    private static <T> T as(String username, String role, Supplier<T> work) {
        // runAs: the person's work, also inside the test's Callers.asSystem
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        Callers.runAs(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))), () -> result.set(work.get()));
        return result.get();
    }

    /** A one-page PDF (the magic bytes are what the upload checks) whose text is {@code text}. */
    private static byte[] pdf(String text) {
        String body = "BT /F1 12 Tf 20 100 Td (" + text + ") Tj ET";
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 200]/Contents 4 0 R>>endobj\n"
                + "4 0 obj<</Length " + body.length() + ">>stream\n" + body + "\nendstream endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    static {
        // the report's directory exists even when the test fails before writing it
        try {
            Files.createDirectories(REPORT.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
