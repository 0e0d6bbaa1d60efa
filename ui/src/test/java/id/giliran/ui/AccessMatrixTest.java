package id.giliran.ui;

import id.giliran.counseling.ui.CounselingAdminView;
import id.giliran.counseling.ui.CounselingChatView;
import id.giliran.counseling.ui.CounselorAppointmentsView;
import id.giliran.counseling.ui.CounselorBookingView;
import id.giliran.counseling.ui.CounselorHoursView;
import id.giliran.counseling.ui.CounselorProfileView;
import id.giliran.counseling.ui.CounselorsView;
import id.giliran.counseling.ui.MyCounselingView;
import id.giliran.erasure.ui.PersonalDataErasureView;
import id.giliran.device.ui.DeviceEnrolView;
import id.giliran.device.ui.DeviceRefusedView;
import id.giliran.device.ui.DevicesView;
import id.giliran.inbox.ui.InboxView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.giliran.api.identity.Role;
import id.giliran.audit.ui.AuditView;
import id.giliran.history.ui.HistoryView;
import id.giliran.history.ui.TimelineView;
import id.giliran.bpjs.ui.BpjsLogView;
import id.giliran.bpjs.ui.BpjsSettingsView;
import id.giliran.identity.ui.LoginView;
import id.giliran.masterdata.ui.ClinicsView;
import id.giliran.operations.ui.DeadLettersView;
import id.giliran.operations.ui.ProjectionsView;
import id.giliran.masterdata.ui.DoctorsView;
import id.giliran.patient.ui.VisitCardView;
import id.giliran.identity.ui.RegisterView;
import id.giliran.identity.invitation.InvitationCodesView;
import id.giliran.identity.setup.FirstAdminSetupView;
import id.giliran.identity.ui.UsersView;
import id.giliran.queue.ui.DisplayView;
import id.giliran.queue.ui.BookingView;
import id.giliran.queue.ui.KioskView;
import id.giliran.queue.ui.MyTicketsView;
import id.giliran.queue.ui.LoketView;
import id.giliran.queue.ui.QueueConfigurationView;
import id.giliran.queue.ui.QueueReportView;
import id.giliran.report.ui.LiveDashboardView;
import id.giliran.report.ui.ReportsView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view against every role and against nobody signed in: who may open it, who is sent to
 * sign in, who is refused, and which menu entries each role sees. A view added without a row
 * here fails {@link #everyRouteIsInTheMatrix}.
 */
class AccessMatrixTest extends KaribuTest {

    /** null stands for "not signed in". */
    static final List<Role> WHO = new ArrayList<>(List.of(Role.values()));

    static {
        WHO.add(null);
    }

    /** view → who may open it (null: not signed in). */
    static final Map<Class<? extends Component>, Set<Role>> ALLOWED = Map.ofEntries(
            Map.entry(HomeView.class, Set.of(Role.values())),
            Map.entry(KioskView.class, Set.of(Role.values())),
            Map.entry(DisplayView.class, Set.of(Role.values())),
            Map.entry(LoginView.class, Set.of()),
            Map.entry(RegisterView.class, Set.of(Role.values())),
            Map.entry(LoketView.class, Set.of(Role.PETUGAS_LOKET, Role.ADMIN)),
            Map.entry(UsersView.class, Set.of(Role.ADMIN)),
            Map.entry(InvitationCodesView.class, Set.of(Role.ADMIN)),
            // while an admin exists (always in demo mode) the one-time setup page sends everyone to sign in
            Map.entry(FirstAdminSetupView.class, Set.of()),
            Map.entry(AuditView.class, Set.of(Role.ADMIN, Role.AUDITOR)),
            Map.entry(HistoryView.class, Set.of(Role.ADMIN, Role.AUDITOR)),
            Map.entry(TimelineView.class, Set.of(Role.ADMIN, Role.AUDITOR)),
            Map.entry(ProjectionsView.class, Set.of(Role.ADMIN, Role.AUDITOR)),
            Map.entry(DeadLettersView.class, Set.of(Role.ADMIN, Role.AUDITOR)),
            Map.entry(QueueConfigurationView.class, Set.of(Role.ADMIN)),
            Map.entry(ClinicsView.class, Set.of(Role.ADMIN)),
            Map.entry(DoctorsView.class, Set.of(Role.ADMIN)),
            Map.entry(VisitCardView.class, Set.of(Role.PETUGAS_LOKET, Role.ADMIN)),
            Map.entry(QueueReportView.class, Set.of(Role.ADMIN)),
            Map.entry(LiveDashboardView.class, Set.of(Role.PETUGAS_LOKET, Role.ADMIN)),
            Map.entry(ReportsView.class, Set.of(Role.PETUGAS_LOKET, Role.ADMIN)),
            Map.entry(BpjsSettingsView.class, Set.of(Role.ADMIN)),
            Map.entry(BpjsLogView.class, Set.of(Role.ADMIN)),
            Map.entry(BookingView.class, Set.of(Role.PASIEN)),
            Map.entry(MyTicketsView.class, Set.of(Role.PASIEN)),
            Map.entry(CounselorsView.class, Set.of(Role.SISWA, Role.KONSELOR, Role.ADMIN)),
            Map.entry(CounselorBookingView.class, Set.of(Role.SISWA, Role.KONSELOR, Role.ADMIN)),
            Map.entry(MyCounselingView.class, Set.of(Role.SISWA)),
            Map.entry(CounselorAppointmentsView.class, Set.of(Role.KONSELOR)),
            Map.entry(CounselorHoursView.class, Set.of(Role.KONSELOR)),
            Map.entry(CounselorProfileView.class, Set.of(Role.KONSELOR)),
            Map.entry(CounselingAdminView.class, Set.of(Role.ADMIN)),
            Map.entry(PersonalDataErasureView.class, Set.of(Role.ADMIN)),
            Map.entry(InboxView.class, Set.of(Role.values())),
            Map.entry(CounselingChatView.class, Set.of(Role.SISWA, Role.KONSELOR)),
            // #15 devices
            Map.entry(DevicesView.class, Set.of(Role.ADMIN)),
            Map.entry(DeviceEnrolView.class, Set.of(Role.values())),
            Map.entry(DeviceRefusedView.class, Set.of(Role.values())));

    /** Views that, opened without what they are about, send the person to where they choose it. */
    static final Map<Class<? extends Component>, Class<? extends Component>> FORWARDED =
            Map.of(CounselorBookingView.class, CounselorsView.class);

    /** The roles whose start page is the live dashboard (wireframe 8.4): "Beranda" sends them there. */
    static final Set<Role> START_ON_DASHBOARD = Set.of(Role.ADMIN, Role.PETUGAS_LOKET);

    static final Set<Class<? extends Component>> OPEN_WITHOUT_SIGN_IN =
            Set.of(KioskView.class, DisplayView.class, LoginView.class, RegisterView.class, DeviceEnrolView.class,
                    DeviceRefusedView.class);

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        ALLOWED.keySet().forEach(view -> WHO.forEach(who -> cells.add(Arguments.of(view.getSimpleName(), who, view))));
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void eachViewOpensOnlyForThoseAllowed(String name, Role who, Class<? extends Component> view) {
        if (who != null) {
            signIn(who.name().toLowerCase() + "@giliran.id", who);
        }

        UI.getCurrent().navigate(view);

        Class<?> shown = UI.getCurrent().getCurrentView().getClass();
        if (who == null) {
            Class<?> expected = OPEN_WITHOUT_SIGN_IN.contains(view) ? view : LoginView.class;
            assertThat(shown).as("%s without sign-in", name).isEqualTo(expected);
        } else if (view == LoginView.class || view == FirstAdminSetupView.class) {
            // a signed-in person asking for the login page is sent to the start page
            assertThat(shown).isEqualTo(START_ON_DASHBOARD.contains(who) ? LiveDashboardView.class : HomeView.class);
        } else if (view == HomeView.class && START_ON_DASHBOARD.contains(who)) {
            assertThat(shown).as("%s as %s", name, who).isEqualTo(LiveDashboardView.class);
        } else if (ALLOWED.get(view).contains(who)) {
            Class<?> expected = view == CounselingChatView.class
                    ? (who == Role.KONSELOR ? CounselorAppointmentsView.class : MyCounselingView.class)
                    : FORWARDED.getOrDefault(view, view);
            assertThat(shown).as("%s as %s", name, who).isEqualTo(expected);
        } else {
            assertThat(shown).as("%s as %s", name, who).isIn(ErrorPage.NotFound.class, ErrorPage.Denied.class);
        }
    }

    static Stream<Arguments> menus() {
        return Stream.of(
                Arguments.of(Role.ADMIN, List.of("Dasbor", "Loket", "Cari konselor", "Laporan", "Pengguna", "Undangan siswa",
                        "Pengaturan antrean", "Poli", "Perangkat",
                        "Laporan antrean", "Dokter", "Pengaturan BPJS", "Log BPJS", "Layanan BK", "Hapus data pribadi",
                        "Jejak audit", "Riwayat peristiwa",
                        "Proyeksi", "Dead letter", "Kotak masuk")),
                Arguments.of(Role.PETUGAS_LOKET, List.of("Dasbor", "Loket", "Laporan", "Kotak masuk")),
                Arguments.of(Role.AUDITOR, List.of("Beranda", "Jejak audit", "Riwayat peristiwa", "Proyeksi", "Dead letter",
                        "Kotak masuk")),
                Arguments.of(Role.KONSELOR, List.of("Beranda", "Cari konselor", "Janji konseling", "Jam operasional",
                        "Profil konselor", "Kotak masuk")),
                Arguments.of(Role.SISWA, List.of("Beranda", "Cari konselor", "Janji konseling saya", "Kotak masuk")),
                Arguments.of(Role.PASIEN, List.of("Beranda", "Pesan antrean", "Antrean saya", "Kotak masuk")));
    }

    @ParameterizedTest(name = "menu of {0}")
    @MethodSource("menus")
    void theMenuShowsOnlyWhatTheRoleMayOpen(Role role, List<String> entries) {
        signIn(role.name().toLowerCase() + "@giliran.id", role);
        UI.getCurrent().navigate(HomeView.class);

        SideNav navigation = _get(SideNav.class, spec -> spec.withId("main-navigation"));
        assertThat(navigation.getItems()).extracting(SideNavItem::getLabel).containsExactlyElementsOf(entries);
    }

    @ParameterizedTest(name = "start page of {0}")
    @MethodSource("menus")
    void theStartPageOffersTheCounterOnlyToTheFrontDesk(Role role, List<String> menu) {
        signIn(role.name().toLowerCase() + "@giliran.id", role);
        UI.getCurrent().navigate(HomeView.class);
        if (START_ON_DASHBOARD.contains(role)) {
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LiveDashboardView.class);
            return;
        }

        List<String> links = com.github.mvysny.kaributesting.v10.LocatorJ._find(
                        com.vaadin.flow.component.html.Anchor.class)
                .stream().map(com.vaadin.flow.component.html.Anchor::getHref).toList();
        assertThat(links.contains("loket")).isEqualTo(menu.contains("Loket"));
        assertThat(links).contains("kiosk", "display");
    }

    @org.junit.jupiter.api.Test
    void everyRouteIsInTheMatrix() {
        var routes = com.vaadin.flow.router.RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes).extracting(route -> route.getNavigationTarget().getSimpleName())
                          .containsExactlyInAnyOrderElementsOf(
                                  ALLOWED.keySet().stream().map(Class::getSimpleName).toList());
    }
}
