package id.giliran.counseling.ui;

import id.giliran.api.audit.AccessKind;
import id.giliran.api.common.ErrorCode;
import id.giliran.audit.recording.AuditRecorder;
import id.giliran.api.counseling.AcceptCounselingAlternativeCommand;
import id.giliran.api.counseling.AddCounselorHoursExceptionCommand;
import id.giliran.api.counseling.CancelCounselingCommand;
import id.giliran.api.counseling.CompleteCounselingCommand;
import id.giliran.api.counseling.ConfirmCounselingCommand;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.CounselingMessageView;
import id.giliran.api.counseling.FindCounselingMessagesQuery;
import id.giliran.api.counseling.SendCounselingMessageCommand;
import id.giliran.api.counseling.CounselingStatus;
import id.giliran.api.counseling.CounselorSort;
import id.giliran.api.counseling.CounselorSummary;
import id.giliran.api.counseling.CounselorView;
import id.giliran.api.counseling.DeclineCounselingAlternativesCommand;
import id.giliran.api.counseling.FindCounselingBookingQuery;
import id.giliran.api.counseling.FindCounselorBookingsQuery;
import id.giliran.api.counseling.FindCounselorQuery;
import id.giliran.api.counseling.FindCounselorsQuery;
import id.giliran.api.counseling.FindFreeCounselingSlotsQuery;
import id.giliran.api.counseling.FindOverdueCounselingQuery;
import id.giliran.api.counseling.FindServiceFrameQuery;
import id.giliran.api.counseling.FindStudentAccountsQuery;
import id.giliran.api.counseling.FindStudentCounselingQuery;
import id.giliran.api.counseling.HoursException;
import id.giliran.api.counseling.OnBehalfRequest;
import id.giliran.api.counseling.PostponeCounselingCommand;
import id.giliran.api.counseling.RecordCounselingNoShowCommand;
import id.giliran.api.counseling.RemoveCounselorHoursExceptionCommand;
import id.giliran.api.counseling.RequestCounselingCommand;
import id.giliran.api.counseling.SaveCounselorProfileCommand;
import id.giliran.api.counseling.ServiceFrame;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.SetCounselorHoursCommand;
import id.giliran.api.counseling.SetServiceFrameCommand;
import id.giliran.api.counseling.Slot;
import id.giliran.api.counseling.Specialization;
import id.giliran.api.counseling.StudentAccount;
import id.giliran.api.counseling.WeeklyHours;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.FindUserQuery;
import id.giliran.api.identity.UserView;
import id.giliran.identity.security.Callers;
import id.giliran.ui.ErrorText.UserError;
import id.giliran.ui.ReadModel;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Counseling for every side: the directory and free slots, requests (own or on a student's behalf),
 * the counselor's answers, hours and profile, and the service frame. Each change waits until the
 * read model shows it, so the screen that made it never shows a stale booking.
 */
@Service
public class CounselingService {

    /** How far ahead students see free slots. */
    public static final int DAYS_AHEAD = 14;

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Clock clock;
    private final AuditRecorder audit;

    CounselingService(CommandGateway commandGateway, QueryGateway queryGateway, Clock clock, AuditRecorder audit) {
        this.audit = audit;
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public Caller caller() {
        return Callers.current();
    }

    // the directory and free slots

    public ServiceFrame frame() {
        return queryGateway.query(new FindServiceFrameQuery(), ResponseTypes.instanceOf(ServiceFrame.class)).join();
    }

    public List<CounselorSummary> counselors(Specialization specialization, boolean freeThisWeek, CounselorSort sort) {
        return queryGateway.query(new FindCounselorsQuery(specialization, freeThisWeek, sort),
                ResponseTypes.multipleInstancesOf(CounselorSummary.class)).join();
    }

    public Optional<CounselorView> counselor(String counselorId) {
        return queryGateway.query(new FindCounselorQuery(counselorId),
                ResponseTypes.optionalInstanceOf(CounselorView.class)).join();
    }

    /** Free slots for a student's request (minimum notice applies) over the next {@link #DAYS_AHEAD} days. */
    public List<Slot> freeSlots(String counselorId) {
        return queryGateway.query(new FindFreeCounselingSlotsQuery(counselorId, today(), today().plusDays(DAYS_AHEAD), true),
                ResponseTypes.multipleInstancesOf(Slot.class)).join();
    }

    /** Free slots a counselor may offer as alternatives (no minimum notice). */
    public List<Slot> alternativesFor(String counselorId) {
        return queryGateway.query(new FindFreeCounselingSlotsQuery(counselorId, today(), today().plusDays(DAYS_AHEAD), false),
                ResponseTypes.multipleInstancesOf(Slot.class)).join();
    }

    public List<StudentAccount> students(String text) {
        return queryGateway.query(new FindStudentAccountsQuery(text == null ? "" : text.strip()),
                ResponseTypes.multipleInstancesOf(StudentAccount.class)).join();
    }

    // requests

    /** The signed-in student requests a session for themselves. */
    public CounselingBookingView request(String counselorId, LocalDateTime start, String topic, SessionChannel channel) {
        Caller student = caller();
        return send(newRequest(counselorId, student.username(), displayName(), start, topic, channel, null));
    }

    /** Staff request a session on a student's behalf. */
    public CounselingBookingView requestFor(String counselorId, StudentAccount student, LocalDateTime start, String topic,
                                            SessionChannel channel, OnBehalfRequest onBehalf) {
        if (student == null) {
            throw new UserError(ErrorCode.ON_BEHALF_DETAILS_REQUIRED, "no student chosen");
        }
        return send(newRequest(counselorId, student.username(), student.displayName(), start, topic, channel, onBehalf));
    }

    private RequestCounselingCommand newRequest(String counselorId, String studentUsername, String studentName,
                                                LocalDateTime start, String topic, SessionChannel channel,
                                                OnBehalfRequest onBehalf) {
        if (topic == null || topic.isBlank()) {
            throw new UserError(ErrorCode.COUNSELING_TOPIC_REQUIRED, "no topic");
        }
        if (start == null) {
            throw new UserError(ErrorCode.SLOT_NOT_IN_HOURS, "no slot chosen");
        }
        return new RequestCounselingCommand(counselorId, UUID.randomUUID().toString(), studentUsername, studentName,
                start, topic.strip(), channel, onBehalf);
    }

    private CounselingBookingView send(RequestCounselingCommand command) {
        commandGateway.sendAndWait(command);
        return await(command.bookingId(), booking -> true);
    }

    /** The signed-in person's own name as their account has it (looked up as the system: it is their own). */
    private String displayName() {
        String me = caller().username();
        Optional<UserView> account = Callers.asSystem(() -> queryGateway.query(new FindUserQuery(me),
                ResponseTypes.optionalInstanceOf(UserView.class))).join();
        return account.map(UserView::displayName).orElse(me);
    }

    // the answers

    public CounselingBookingView confirm(CounselingBookingView booking) {
        commandGateway.sendAndWait(new ConfirmCounselingCommand(booking.counselorId(), booking.bookingId()));
        return await(booking.bookingId(), shown -> shown.status() == CounselingStatus.CONFIRMED);
    }

    public CounselingBookingView cancel(CounselingBookingView booking, String reason) {
        requireReason(reason);
        commandGateway.sendAndWait(new CancelCounselingCommand(booking.counselorId(), booking.bookingId(), reason.strip()));
        return await(booking.bookingId(), shown -> shown.status() == CounselingStatus.CANCELLED);
    }

    public CounselingBookingView postpone(CounselingBookingView booking, String reason, List<LocalDateTime> alternatives) {
        requireReason(reason);
        if (alternatives == null || alternatives.isEmpty()) {
            throw new UserError(ErrorCode.ALTERNATIVES_REQUIRED, "no alternatives");
        }
        commandGateway.sendAndWait(new PostponeCounselingCommand(booking.counselorId(), booking.bookingId(),
                reason.strip(), List.copyOf(alternatives)));
        return await(booking.bookingId(), shown -> shown.status() == CounselingStatus.POSTPONED
                && !shown.alternatives().isEmpty());
    }

    public CounselingBookingView accept(CounselingBookingView booking, LocalDateTime start) {
        commandGateway.sendAndWait(new AcceptCounselingAlternativeCommand(booking.counselorId(), booking.bookingId(), start));
        return await(booking.bookingId(), shown -> shown.status() == CounselingStatus.CONFIRMED);
    }

    public CounselingBookingView decline(CounselingBookingView booking, String reason) {
        requireReason(reason);
        commandGateway.sendAndWait(new DeclineCounselingAlternativesCommand(booking.counselorId(), booking.bookingId(),
                reason.strip()));
        return await(booking.bookingId(), shown -> shown.status() == CounselingStatus.CANCELLED);
    }

    public CounselingBookingView complete(CounselingBookingView booking) {
        commandGateway.sendAndWait(new CompleteCounselingCommand(booking.counselorId(), booking.bookingId()));
        return await(booking.bookingId(), shown -> shown.status() == CounselingStatus.DONE);
    }

    public CounselingBookingView noShow(CounselingBookingView booking) {
        commandGateway.sendAndWait(new RecordCounselingNoShowCommand(booking.counselorId(), booking.bookingId()));
        return await(booking.bookingId(), shown -> shown.status() == CounselingStatus.NO_SHOW);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserError(ErrorCode.COUNSELING_REASON_REQUIRED, "no reason");
        }
    }

    // lists

    public List<CounselingBookingView> myBookings() {
        return queryGateway.query(new FindStudentCounselingQuery(caller().username()),
                ResponseTypes.multipleInstancesOf(CounselingBookingView.class)).join();
    }

    /** The signed-in counselor's bookings. */
    public List<CounselingBookingView> counselorBookings(Set<CounselingStatus> statuses, LocalDate from, LocalDate to) {
        return queryGateway.query(new FindCounselorBookingsQuery(caller().username(), statuses, from, to),
                ResponseTypes.multipleInstancesOf(CounselingBookingView.class)).join();
    }

    public List<CounselingBookingView> overdue() {
        return queryGateway.query(new FindOverdueCounselingQuery(),
                ResponseTypes.multipleInstancesOf(CounselingBookingView.class)).join();
    }

    /** One booking, opened by a person; staff opening it is recorded in the audit trail first. */
    public Optional<CounselingBookingView> booking(String bookingId) {
        audit.recordAccessed(caller(), AccessKind.COUNSELING_BOOKING, bookingId);
        return queryGateway.query(new FindCounselingBookingQuery(bookingId),
                ResponseTypes.optionalInstanceOf(CounselingBookingView.class)).join();
    }

    private CounselingBookingView await(String bookingId, Predicate<CounselingBookingView> effectShown) {
        return ReadModel.await(queryGateway, new FindCounselingBookingQuery(bookingId), CounselingBookingView.class,
                effectShown);
    }

    // the counselor's own profile and hours, and ADMIN's frame

    /** The signed-in counselor's profile and hours, if they saved a profile. */
    public Optional<CounselorView> me() {
        return counselor(caller().username());
    }

    public CounselorView saveProfile(String name, Set<Specialization> specializations, String bio, String qualifications,
                                     Set<SessionChannel> channels, String photoId) {
        String me = caller().username();
        commandGateway.sendAndWait(new SaveCounselorProfileCommand(me, name, Set.copyOf(specializations), bio,
                qualifications, Set.copyOf(channels), photoId));
        return awaitCounselor(me, view -> view.name().equals(name == null ? null : name.strip())
                && view.specializations().equals(specializations) && view.channels().equals(channels));
    }

    /** Sets the signed-in counselor's hours; answers the ids of live bookings the new hours leave out. */
    public CounselorView setHours(List<WeeklyHours> weekly, int sessionMinutes, int bufferMinutes, int noticeMinutes) {
        String me = caller().username();
        commandGateway.sendAndWait(new SetCounselorHoursCommand(me, List.copyOf(weekly), sessionMinutes, bufferMinutes,
                noticeMinutes));
        List<WeeklyHours> sorted = weekly.stream().sorted(WEEKLY_ORDER).toList();
        return awaitCounselor(me, view -> view.hours().weekly().stream().sorted(WEEKLY_ORDER).toList().equals(sorted)
                && view.hours().sessionMinutes() == sessionMinutes && view.hours().bufferMinutes() == bufferMinutes
                && view.hours().noticeMinutes() == noticeMinutes);
    }

    public CounselorView addException(HoursException exception) {
        String me = caller().username();
        commandGateway.sendAndWait(new AddCounselorHoursExceptionCommand(me, exception));
        return awaitCounselor(me, view -> view.hours().exceptions().stream()
                .anyMatch(shown -> shown.exceptionId().equals(exception.exceptionId())));
    }

    public CounselorView removeException(String exceptionId) {
        String me = caller().username();
        commandGateway.sendAndWait(new RemoveCounselorHoursExceptionCommand(me, exceptionId));
        return awaitCounselor(me, view -> view.hours().exceptions().stream()
                .noneMatch(shown -> shown.exceptionId().equals(exceptionId)));
    }

    public ServiceFrame setFrame(List<WeeklyHours> hours) {
        commandGateway.sendAndWait(new SetServiceFrameCommand(ServiceFrame.ID, List.copyOf(hours)));
        return ReadModel.poll(() -> Optional.of(frame()), shown -> shown.hours().size() == hours.size());
    }

    private CounselorView awaitCounselor(String counselorId, Predicate<CounselorView> effectShown) {
        return ReadModel.poll(() -> counselor(counselorId), effectShown);
    }

    // the chat of a booking

    /** The booking's messages so far and each new one; close it when the screen goes. */
    public SubscriptionQueryResult<List<CounselingMessageView>, CounselingMessageView> followChat(String bookingId) {
        audit.recordAccessed(caller(), AccessKind.COUNSELING_CHAT, bookingId);
        return queryGateway.subscriptionQuery(new FindCounselingMessagesQuery(bookingId),
                ResponseTypes.multipleInstancesOf(CounselingMessageView.class),
                ResponseTypes.instanceOf(CounselingMessageView.class));
    }

    /** The chat so far, read by a person; staff reading it is recorded in the audit trail first. */
    public List<CounselingMessageView> messages(String bookingId) {
        audit.recordAccessed(caller(), AccessKind.COUNSELING_CHAT, bookingId);
        return chat(bookingId);
    }

    private List<CounselingMessageView> chat(String bookingId) {
        return queryGateway.query(new FindCounselingMessagesQuery(bookingId),
                ResponseTypes.multipleInstancesOf(CounselingMessageView.class)).join();
    }

    /** Sends a message and answers it once the chat's read model has it. */
    public CounselingMessageView sendMessage(CounselingBookingView booking, String text) {
        if (text == null || text.isBlank() || text.strip().length() > SendCounselingMessageCommand.MAX_LENGTH) {
            throw new UserError(ErrorCode.COUNSELING_MESSAGE_INVALID, "empty or too long");
        }
        String messageId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new SendCounselingMessageCommand(booking.counselorId(), booking.bookingId(),
                messageId, text.strip()));
        return ReadModel.poll(() -> chat(booking.bookingId()).stream()
                .filter(message -> message.messageId().equals(messageId)).findFirst(), message -> true);
    }

    static final Comparator<WeeklyHours> WEEKLY_ORDER =
            Comparator.comparing(WeeklyHours::day).thenComparing(WeeklyHours::start);
}
