package id.giliran.inbox.query;

import id.giliran.api.counseling.CounselingAlternativeAcceptedEvent;
import id.giliran.api.counseling.CounselingAlternativesDeclinedEvent;
import id.giliran.api.counseling.CounselingCancelledEvent;
import id.giliran.api.counseling.CounselingCompletedEvent;
import id.giliran.api.counseling.CounselingConfirmedEvent;
import id.giliran.api.counseling.CounselingMessageSentEvent;
import id.giliran.api.counseling.CounselingNoShowRecordedEvent;
import id.giliran.api.counseling.CounselingPostponedEvent;
import id.giliran.api.counseling.CounselingReminderDueEvent;
import id.giliran.api.counseling.CounselingRequestedEvent;
import id.giliran.api.counseling.CounselingResponseOverdueEvent;
import id.giliran.api.counseling.CounselorHoursExceptionAddedEvent;
import id.giliran.api.counseling.CounselorHoursExceptionRemovedEvent;
import id.giliran.api.counseling.CounselorHoursSetEvent;
import id.giliran.api.counseling.OnBehalfRequest;
import id.giliran.api.counseling.ReminderKind;
import id.giliran.api.counseling.RequesterRelation;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Slot;
import id.giliran.api.identity.Role;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns each counseling event into the notices it causes: who hears of it, and what they read.
 * Every change reaches the other side: what the student does reaches the counselor, what the
 * counselor (or ADMIN) does reaches the student. Times are the school's own, written the Indonesian
 * way ("Senin, 23 November 2026 pukul 09.00"). Events that concern nobody give no notice. A body
 * that tells of a student's counseling names that student as the notice's subject, so the inbox keeps it
 * sealed with their key; titles stay free of names, topics and reasons.
 */
@Component
class CounselingNotices {

    static final String STUDENT_LINK = "konseling/janji-saya";
    static final String COUNSELOR_LINK = "konselor/janji";
    static final String ADMIN_LINK = "admin/konseling";
    /** A booking's chat: this prefix and the booking id. */
    static final String CHAT_LINK = "konseling/percakapan/";

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy 'pukul' HH.mm", INDONESIAN);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);

    private final InboxDirectory directory;

    CounselingNotices(InboxDirectory directory) {
        this.directory = directory;
    }

    /** The notices {@code event} causes; none for an event that is not about counseling. */
    List<Notice> of(Object event) {
        if (event instanceof CounselingRequestedEvent requested) {
            return requested(requested);
        }
        if (event instanceof CounselingConfirmedEvent confirmed) {
            return List.of(toStudent(confirmed.studentUsername(), "Janji konseling dikonfirmasi",
                    counselor(confirmed.counselorId()) + " mengonfirmasi janji konseling Anda pada "
                            + when(confirmed.slot()) + channelOf(confirmed.bookingId()) + "."));
        }
        if (event instanceof CounselingCancelledEvent cancelled) {
            return cancelled(cancelled);
        }
        if (event instanceof CounselingPostponedEvent postponed) {
            return List.of(toStudent(postponed.studentUsername(), "Janji konseling diundur, mohon pilih waktu lain",
                    counselor(postponed.counselorId()) + " mengundur janji konseling Anda pada "
                            + when(postponed.previousSlot()) + ". Alasan: " + postponed.reason() + ". "
                            + "Waktu pengganti yang ditawarkan: " + times(postponed.alternatives()) + ". "
                            + "Mohon pilih salah satu, atau tolak bila tidak ada yang cocok."));
        }
        if (event instanceof CounselingAlternativeAcceptedEvent accepted) {
            return List.of(toCounselor(accepted.counselorId(), accepted.studentUsername(), "Waktu pengganti dipilih",
                    student(accepted.bookingId(), accepted.studentUsername()) + " memilih waktu pengganti "
                            + when(accepted.slot()) + ". Janji konseling kini terkonfirmasi."));
        }
        if (event instanceof CounselingAlternativesDeclinedEvent declined) {
            return List.of(toCounselor(declined.counselorId(), declined.studentUsername(), "Waktu pengganti ditolak",
                    student(declined.bookingId(), declined.studentUsername())
                            + " tidak dapat memakai waktu pengganti yang ditawarkan, sehingga janji konseling "
                            + "dibatalkan. Alasan: " + declined.reason() + "."));
        }
        if (event instanceof CounselingCompletedEvent completed) {
            return List.of(toStudent(completed.studentUsername(), "Terima kasih telah mengikuti konseling",
                    "Sesi konseling Anda dengan " + counselor(completed.counselorId()) + " pada "
                            + when(completed.slot()) + " telah selesai. Terima kasih atas kepercayaan Anda. "
                            + "Bila masih memerlukan bantuan, Anda dapat membuat janji baru kapan saja."));
        }
        if (event instanceof CounselingNoShowRecordedEvent noShow) {
            return List.of(toStudent(noShow.studentUsername(), "Anda tercatat tidak hadir",
                    "Anda tercatat tidak hadir pada sesi konseling dengan " + counselor(noShow.counselorId())
                            + " pada " + when(noShow.slot()) + ". Bila masih memerlukan konseling, "
                            + "silakan buat janji baru."));
        }
        if (event instanceof CounselingResponseOverdueEvent overdue) {
            return overdue(overdue);
        }
        if (event instanceof CounselingMessageSentEvent message) {
            return message(message);
        }
        if (event instanceof CounselingReminderDueEvent reminder) {
            return reminder(reminder);
        }
        if (event instanceof CounselorHoursSetEvent hours) {
            return outsideHours(hours.counselorId(), hours.bookingsOutsideHours(), "Jam operasional Anda berubah");
        }
        if (event instanceof CounselorHoursExceptionAddedEvent added) {
            String change = switch (added.exception().kind()) {
                case DAY_OFF -> "Anda menambahkan hari libur pada " + DATE.format(added.exception().date());
                case EXTRA_HOURS -> "Anda menambahkan jam tambahan pada " + DATE.format(added.exception().date());
            };
            return outsideHours(added.counselorId(), added.bookingsOutsideHours(), change);
        }
        if (event instanceof CounselorHoursExceptionRemovedEvent removed) {
            return outsideHours(removed.counselorId(), removed.bookingsOutsideHours(),
                    "Anda menghapus pengecualian jam operasional");
        }
        return List.of();
    }

    private List<Notice> requested(CounselingRequestedEvent event) {
        String when = when(event.slot());
        OnBehalfRequest onBehalf = event.onBehalf();
        StringBuilder toCounselor = new StringBuilder()
                .append(event.studentName()).append(" meminta sesi konseling pada ").append(when)
                .append(" (").append(channel(event.channel())).append("). Topik: ").append(event.topic()).append('.');
        if (onBehalf != null) {
            toCounselor.append(" Diajukan oleh ").append(onBehalf.requesterName()).append(" (")
                       .append(relation(onBehalf.relation())).append("). Alasan: ").append(onBehalf.reason())
                       .append('.');
        }
        toCounselor.append(" Mohon konfirmasi, undur, atau batalkan dalam 1×24 jam.");
        List<Notice> notices = new ArrayList<>();
        notices.add(toCounselor(event.counselorId(), event.studentUsername(), "Permintaan konseling baru",
                toCounselor.toString()));
        String counselor = counselor(event.counselorId());
        if (onBehalf != null) {
            notices.add(toStudent(event.studentUsername(), "Permintaan konseling atas nama Anda",
                    "Permintaan konseling dengan " + counselor + " pada " + when + " (" + channel(event.channel())
                            + ") diajukan atas nama Anda oleh " + onBehalf.requesterName() + " ("
                            + relation(onBehalf.relation()) + "). Alasan: " + onBehalf.reason() + ". "
                            + "Anda akan diberi tahu setelah konselor menanggapinya."));
        } else {
            notices.add(toStudent(event.studentUsername(), "Permintaan terkirim, menunggu konfirmasi",
                    "Permintaan konseling Anda dengan " + counselor + " pada " + when + " ("
                            + channel(event.channel()) + ") sudah terkirim dan menunggu konfirmasi konselor."));
        }
        return notices;
    }

    private List<Notice> cancelled(CounselingCancelledEvent event) {
        String when = when(event.slot());
        String reason = " Alasan: " + event.reason() + ".";
        if (event.byStudent()) {
            return List.of(toCounselor(event.counselorId(), event.studentUsername(), "Janji konseling dibatalkan siswa",
                    student(event.bookingId(), event.studentUsername()) + " membatalkan janji konseling pada "
                            + when + "." + reason));
        }
        String counselor = counselor(event.counselorId());
        if (event.counselorId().equals(event.cancelledBy())) {
            return List.of(toStudent(event.studentUsername(), "Janji konseling dibatalkan",
                    counselor + " membatalkan janji konseling Anda pada " + when + "." + reason));
        }
        // cancelled by ADMIN: both sides hear of it
        return List.of(
                toStudent(event.studentUsername(), "Janji konseling dibatalkan",
                        "Janji konseling Anda dengan " + counselor + " pada " + when
                                + " dibatalkan oleh admin BK." + reason),
                toCounselor(event.counselorId(), event.studentUsername(), "Janji konseling dibatalkan admin",
                        "Admin BK membatalkan janji konseling dengan " + student(event.bookingId(),
                                event.studentUsername()) + " pada " + when + "." + reason));
    }

    private List<Notice> overdue(CounselingResponseOverdueEvent event) {
        Optional<BookingFacts> facts = directory.booking(event.bookingId());
        String student = facts.map(BookingFacts::studentName).orElse(event.studentUsername());
        String session = facts.map(BookingFacts::slot).map(slot -> " untuk sesi " + when(slot)).orElse("");
        String title = "Permintaan konseling belum ditanggapi";
        return List.of(
                toCounselor(event.counselorId(), event.studentUsername(), title, "Permintaan konseling dari "
                        + student + session
                        + " belum ditanggapi lebih dari 24 jam. Mohon segera konfirmasi, undur, atau batalkan."),
                new Notice(Recipient.role(Role.ADMIN), title, "Permintaan konseling dari " + student + " kepada "
                        + counselor(event.counselorId()) + session + " belum ditanggapi lebih dari 24 jam.",
                        ADMIN_LINK, event.studentUsername()));
    }

    /**
     * A chat message reaches the other side only, and never with its text: the chat is confidential.
     * It names who wrote (in the body; the counselor's title says "siswa") and the booking's time, and
     * links to the chat.
     */
    private List<Notice> message(CounselingMessageSentEvent event) {
        String session = directory.booking(event.bookingId()).map(BookingFacts::slot)
                                  .map(CounselingNotices::when).map(when -> " pada " + when).orElse("");
        String link = CHAT_LINK + event.bookingId();
        if (event.fromCounselor()) {
            String counselor = counselor(event.counselorId());
            return List.of(new Notice(Recipient.user(event.studentUsername()), "Pesan baru dari " + counselor,
                    counselor + " mengirim pesan tentang janji konseling Anda" + session
                            + ". Buka percakapan untuk membacanya.", link, event.studentUsername()));
        }
        String student = student(event.bookingId(), event.studentUsername());
        return List.of(new Notice(Recipient.user(event.counselorId()), "Pesan baru dari siswa",
                student + " mengirim pesan tentang janji konseling" + session
                        + ". Buka percakapan untuk membacanya.", link, event.studentUsername()));
    }

    private List<Notice> reminder(CounselingReminderDueEvent event) {
        String title = event.kind() == ReminderKind.DAY_BEFORE
                ? "Pengingat: konseling 24 jam lagi" : "Pengingat: konseling 1 jam lagi";
        String rest = " dimulai " + when(event.slot()) + channelOf(event.bookingId()) + ".";
        return List.of(
                toStudent(event.studentUsername(), title,
                        "Sesi konseling Anda dengan " + counselor(event.counselorId()) + rest),
                toCounselor(event.counselorId(), event.studentUsername(), title,
                        "Sesi konseling dengan " + student(event.bookingId(), event.studentUsername()) + rest));
    }

    /**
     * The bookings an hours change left outside, by their times only: the notice covers several students, so it
     * names none (the counselor's list of bookings, where it links, shows who).
     */
    private List<Notice> outsideHours(String counselorId, List<String> bookingIds, String change) {
        if (bookingIds == null || bookingIds.isEmpty()) {
            return List.of();
        }
        String listed = bookingIds.stream()
                .map(bookingId -> directory.booking(bookingId).map(BookingFacts::slot)
                        .map(CounselingNotices::when).orElse("waktu tidak diketahui"))
                .collect(Collectors.joining("; "));
        return List.of(new Notice(Recipient.user(counselorId), "Janji di luar jam operasional",
                change + ": " + bookingIds.size() + " janji berada di luar jam baru (" + listed + "). "
                        + "Mohon undur atau batalkan janji tersebut.", COUNSELOR_LINK, null));
    }

    /** A notice to the student about their own counseling. */
    private static Notice toStudent(String username, String title, String body) {
        return new Notice(Recipient.user(username), title, body, STUDENT_LINK, username);
    }

    /** A notice to the counselor about one student's counseling. */
    private static Notice toCounselor(String counselorId, String studentUsername, String title, String body) {
        return new Notice(Recipient.user(counselorId), title, body, COUNSELOR_LINK, studentUsername);
    }

    private String counselor(String counselorId) {
        return directory.counselorName(counselorId);
    }

    private String student(String bookingId, String studentUsername) {
        return directory.booking(bookingId).map(BookingFacts::studentName)
                        .filter(name -> !name.isBlank())
                        .orElse(studentUsername);
    }

    /** " (tatap muka)" when the booking is known, else nothing. */
    private String channelOf(String bookingId) {
        return directory.booking(bookingId).map(BookingFacts::channel)
                        .map(channel -> " (" + channel(channel) + ")")
                        .orElse("");
    }

    static String when(Slot slot) {
        return slot == null ? "waktu yang disepakati" : when(slot.start());
    }

    static String when(LocalDateTime start) {
        return WHEN.format(start);
    }

    private static String times(List<Slot> slots) {
        return slots == null || slots.isEmpty() ? "-"
                : slots.stream().map(CounselingNotices::when).collect(Collectors.joining("; "));
    }

    static String channel(SessionChannel channel) {
        if (channel == null) {
            return "tatap muka";
        }
        return switch (channel) {
            case TATAP_MUKA -> "tatap muka";
            case CHAT -> "chat";
            case SUARA -> "panggilan suara";
            case VIDEO -> "panggilan video";
        };
    }

    static String relation(RequesterRelation relation) {
        if (relation == null) {
            return "pihak sekolah";
        }
        return switch (relation) {
            case GURU_BK -> "guru BK";
            case GURU_MATA_PELAJARAN -> "guru mata pelajaran";
            case WALI_KELAS -> "wali kelas";
            case ORANG_TUA -> "orang tua";
        };
    }
}
