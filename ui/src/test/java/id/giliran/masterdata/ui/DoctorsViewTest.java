package id.giliran.masterdata.ui;

import com.vaadin.flow.component.UI;
import id.giliran.api.identity.Role;
import id.giliran.api.masterdata.DoctorView;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DoctorsViewTest extends KaribuTest {

    /** The application's clock, in giliran.zone: "today" is the Puskesmas' day, whatever the hour. */
    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    @BeforeEach
    void signInAsAdmin() {
        signIn("admin@giliran.id", Role.ADMIN);
        await().pollInSameThread().until(() -> masterData.doctors().size() >= 6);
    }

    @Test
    void theSeededDoctorsAreListedWithTheirWeek() {
        UI.getCurrent().navigate(DoctorsView.class);
        DoctorsView view = (DoctorsView) UI.getCurrent().getCurrentView();

        assertThat(_size(view.doctors)).isGreaterThanOrEqualTo(6);
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        assertThat(masterData.doctorsOnDuty("UMUM", monday)).extracting(DoctorView::name)
                                                           .contains("dr. Ahmad Fauzi", "dr. Sari Wulandari");
        assertThat(masterData.doctorsOnDuty("UMUM", monday.plusDays(6))).as("Sunday").isEmpty();
        assertThat(masterData.doctorsOnDuty("UGD", monday.plusDays(6))).extracting(DoctorView::doctorId)
                                                                      .containsExactly("dr-jaga-ugd");
    }

    @Test
    void anAdminAddsADoctorWhoIsThenOnDutyOnTheirDays() {
        UI.getCurrent().navigate(DoctorsView.class);
        DoctorsView view = (DoctorsView) UI.getCurrent().getCurrentView();
        view.name.setValue("drg. Wening Ayu");
        view.sip.setValue("503/SIP-DG/099/2026");
        view.clinic.setValue(masterData.clinics().stream().filter(clinic -> clinic.clinicCode().equals("GIGI"))
                                       .findFirst().orElseThrow());
        view.practises.get(DayOfWeek.WEDNESDAY).setValue(true);
        view.starts.get(DayOfWeek.WEDNESDAY).setValue(LocalTime.of(8, 0));
        view.ends.get(DayOfWeek.WEDNESDAY).setValue(LocalTime.of(12, 0));
        _click(view.save);

        expectNotifications("Perubahan disimpan.");
        LocalDate wednesday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        await().pollInSameThread().untilAsserted(() -> assertThat(masterData.doctorsOnDuty("GIGI", wednesday))
                .extracting(DoctorView::name).contains("drg. Wening Ayu"));
        assertThat(masterData.doctorsOnDuty("GIGI", wednesday.plusDays(1))).extracting(DoctorView::name)
                                                                            .doesNotContain("drg. Wening Ayu");
    }

    @Test
    void aSlotEndingBeforeItStartsIsShownAndNothingIsSaved() {
        UI.getCurrent().navigate(DoctorsView.class);
        DoctorsView view = (DoctorsView) UI.getCurrent().getCurrentView();
        int before = masterData.doctors().size();
        view.name.setValue("dr. Salah Jam");
        view.clinic.setValue(masterData.clinics().get(0));
        view.practises.get(DayOfWeek.FRIDAY).setValue(true);
        view.starts.get(DayOfWeek.FRIDAY).setValue(LocalTime.of(14, 0));
        view.ends.get(DayOfWeek.FRIDAY).setValue(LocalTime.of(8, 0));
        _click(view.save);

        assertThat(view.ends.get(DayOfWeek.FRIDAY).isInvalid()).isTrue();
        assertThat(masterData.doctors()).hasSize(before);
    }
}
