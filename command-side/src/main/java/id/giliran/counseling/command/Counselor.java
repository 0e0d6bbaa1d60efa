package id.giliran.counseling.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.counseling.AcceptCounselingAlternativeCommand;
import id.giliran.api.counseling.AddCounselorHoursExceptionCommand;
import id.giliran.api.counseling.CancelCounselingCommand;
import id.giliran.api.counseling.CompleteCounselingCommand;
import id.giliran.api.counseling.ConfirmCounselingCommand;
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
import id.giliran.api.counseling.CounselingStatus;
import id.giliran.api.counseling.CounselorCalendars;
import id.giliran.api.counseling.CounselorHours;
import id.giliran.api.counseling.CounselorHoursExceptionAddedEvent;
import id.giliran.api.counseling.CounselorHoursExceptionRemovedEvent;
import id.giliran.api.counseling.CounselorHoursSetEvent;
import id.giliran.api.counseling.CounselorProfileSavedEvent;
import id.giliran.api.counseling.DeclineCounselingAlternativesCommand;
import id.giliran.api.counseling.FlagOverdueCounselingCommand;
import id.giliran.api.counseling.HoursException;
import id.giliran.api.counseling.HoursExceptionKind;
import id.giliran.api.counseling.OnBehalfRequest;
import id.giliran.api.counseling.PostponeCounselingCommand;
import id.giliran.api.counseling.RecordCounselingNoShowCommand;
import id.giliran.api.counseling.ReminderKind;
import id.giliran.api.counseling.RemoveCounselorHoursExceptionCommand;
import id.giliran.api.counseling.RequestCounselingCommand;
import id.giliran.api.counseling.SaveCounselorProfileCommand;
import id.giliran.api.counseling.SendCounselingMessageCommand;
import id.giliran.api.counseling.SendCounselingReminderCommand;
import id.giliran.api.counseling.ServiceFrame;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.SetCounselorHoursCommand;
import id.giliran.api.counseling.Slot;
import id.giliran.api.counseling.SlotPlanner;
import id.giliran.api.counseling.WeeklyHours;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimits;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A counselor's calendar (aggregate id: the counselor's username): their profile, their hours and
 * every booking made with them. Bookings live here so that "no two live bookings overlap" holds by
 * this aggregate's lock: a request, a postponement's alternatives and an accepted alternative are
 * all checked against the times the other live bookings hold, with the same {@link SlotPlanner} the
 * students' slot list is drawn with. Changed hours never drop a booking; those left outside are
 * listed in the event. It collects an event per booking step, so it is loaded from a snapshot
 * (Jackson sees its fields).
 */
@Aggregate(snapshotTriggerDefinition = CounselingCommandConfiguration.COUNSELOR_SNAPSHOTS)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Counselor {

    /** Seed 001: a request is answered within 1×24 hours. */
    static final Duration RESPONSE_TIME = Duration.ofHours(24);
    /** The chat message ids remembered per live booking (the latest ones): enough to recognise a retried send. */
    static final int REMEMBERED_MESSAGE_IDS = 200;
    /** A chat message id longer than this is refused, so the remembered ids stay small. */
    static final int MAX_MESSAGE_ID_LENGTH = 100;

    /** {@link CounselorCalendars#idOf}: the counselor's username has an account stream of its own. */
    @AggregateIdentifier
    private String calendarId;
    private String counselorId;
    /** Null until the profile is saved: nobody can book a counselor without one. */
    private String name;
    private List<SessionChannel> channels = new ArrayList<>();
    private CounselorHours hours = CounselorHours.NONE;
    private Map<String, Booking> bookings = new LinkedHashMap<>();
    /**
     * Per live booking, the ids of its latest chat messages and who sent each (never the texts): a
     * retried send is recognised and not recorded twice. Dropped when the booking ends.
     */
    private Map<String, Map<String, String>> chatSenders = new LinkedHashMap<>();

    protected Counselor() {
        // for Axon
    }

    // ---- profile and hours ----

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SaveCounselorProfileCommand command, MetaData metaData) {
        requireCalendarKeeper(command.counselorId(), Caller.fromMetaData(metaData));
        if (blank(command.name())) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a counselor's profile needs a name");
        }
        TextLimits.require(TextLimit.PERSON_NAME, command.name());
        TextLimits.require(TextLimit.BIO, command.bio());
        TextLimits.require(TextLimit.QUALIFICATIONS, command.qualifications());
        Set<SessionChannel> offered = withoutNulls(command.channels());
        if (offered.isEmpty()) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a counselor offers at least one session channel");
        }
        apply(new CounselorProfileSavedEvent(command.counselorId(), command.name().strip(),
                withoutNulls(command.specializations()), strip(command.bio()), strip(command.qualifications()), offered,
                blank(command.photoId()) ? null : command.photoId().strip()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetCounselorHoursCommand command, ServiceFrames frames, MetaData metaData, Clock clock) {
        requireCalendarKeeper(command.counselorId(), Caller.fromMetaData(metaData));
        List<WeeklyHours> weekly = HoursRules.requireWellFormed(command.weekly());
        ServiceFrame frame = frames.current();
        for (WeeklyHours entry : weekly) {
            if (!frame.covers(entry.day(), entry.start(), entry.end())) {
                throw new BusinessRuleViolation(ErrorCode.COUNSELING_HOURS_INVALID,
                        entry + " lies outside the service frame");
            }
        }
        if (command.sessionMinutes() < CounselorHours.MIN_SESSION_MINUTES
                || command.sessionMinutes() > CounselorHours.MAX_SESSION_MINUTES
                || command.bufferMinutes() < 0 || command.bufferMinutes() > CounselorHours.MAX_BUFFER_MINUTES
                || command.noticeMinutes() < 0 || command.noticeMinutes() > CounselorHours.MAX_NOTICE_MINUTES) {
            throw new BusinessRuleViolation(ErrorCode.SESSION_LENGTH_INVALID, "a session lasts "
                    + CounselorHours.MIN_SESSION_MINUTES + "–" + CounselorHours.MAX_SESSION_MINUTES
                    + " minutes, with a buffer of 0–" + CounselorHours.MAX_BUFFER_MINUTES
                    + " and a notice of 0–" + CounselorHours.MAX_NOTICE_MINUTES + " minutes");
        }
        CounselorHours changed = hours.withWeekly(weekly, command.sessionMinutes(), command.bufferMinutes(),
                command.noticeMinutes());
        apply(new CounselorHoursSetEvent(command.counselorId(), weekly, command.sessionMinutes(),
                command.bufferMinutes(), command.noticeMinutes(), outsideHours(changed, frame, clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AddCounselorHoursExceptionCommand command, ServiceFrames frames, MetaData metaData,
                       Clock clock) {
        requireCalendarKeeper(command.counselorId(), Caller.fromMetaData(metaData));
        HoursException exception = command.exception();
        if (exception == null || !exception.wellFormed()) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_HOURS_INVALID,
                    "an exception needs an id, a date, a kind and (for extra hours) a start before its end");
        }
        if (hours.exceptions().stream().anyMatch(known -> known.exceptionId().equals(exception.exceptionId()))) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_HOURS_INVALID,
                    "exception " + exception.exceptionId() + " exists already");
        }
        ServiceFrame frame = frames.current();
        HoursException kept = exception.kind() == HoursExceptionKind.DAY_OFF
                ? new HoursException(exception.exceptionId(), exception.date(), HoursExceptionKind.DAY_OFF, null, null)
                : exception;
        if (kept.kind() == HoursExceptionKind.EXTRA_HOURS
                && !frame.covers(kept.date().getDayOfWeek(), kept.start(), kept.end())) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_HOURS_INVALID,
                    "extra hours on " + kept.date() + " lie outside the service frame");
        }
        List<HoursException> exceptions = new ArrayList<>(hours.exceptions());
        exceptions.add(kept);
        apply(new CounselorHoursExceptionAddedEvent(command.counselorId(), kept,
                outsideHours(hours.withExceptions(exceptions), frame, clock)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RemoveCounselorHoursExceptionCommand command, ServiceFrames frames, MetaData metaData,
                       Clock clock) {
        requireCalendarKeeper(command.counselorId(), Caller.fromMetaData(metaData));
        List<HoursException> exceptions = new ArrayList<>(hours.exceptions());
        if (!exceptions.removeIf(known -> known.exceptionId().equals(command.exceptionId()))) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_HOURS_INVALID,
                    "no exception " + command.exceptionId());
        }
        apply(new CounselorHoursExceptionRemovedEvent(command.counselorId(), command.exceptionId(),
                outsideHours(hours.withExceptions(exceptions), frames.current(), clock)));
    }

    // ---- bookings ----

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RequestCounselingCommand command, ServiceFrames frames, MetaData metaData, Clock clock) {
        Caller caller = Caller.fromMetaData(metaData);
        OnBehalfRequest onBehalf = requireRequester(command, caller);
        if (blank(command.bookingId()) || blank(command.studentUsername())) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a request needs its booking id and student");
        }
        if (bookings.containsKey(command.bookingId())) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "booking " + command.bookingId() + " exists");
        }
        if (blank(command.topic())) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_TOPIC_REQUIRED, "a request needs a topic");
        }
        TextLimits.require(TextLimit.TOPIC, command.topic());
        TextLimits.require(TextLimit.PERSON_NAME, command.studentName());
        if (name == null) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELOR_UNKNOWN,
                    command.counselorId() + " has no counselor profile");
        }
        if (command.channel() == null || !channels.contains(command.channel())) {
            throw new BusinessRuleViolation(ErrorCode.CHANNEL_NOT_OFFERED,
                    name + " does not offer " + command.channel());
        }
        Optional<ErrorCode> refusal = SlotPlanner.refusal(command.start(), hours, frames.current(), held(null),
                LocalDateTime.now(clock), true);
        if (refusal.isPresent()) {
            throw new BusinessRuleViolation(refusal.get(), "cannot book " + command.start());
        }
        String studentName = blank(command.studentName()) ? command.studentUsername().strip()
                : command.studentName().strip();
        apply(new CounselingRequestedEvent(command.counselorId(), command.bookingId(),
                command.studentUsername().strip(), studentName, Slot.of(command.start(), hours.sessionMinutes()),
                command.topic().strip(), command.channel(), onBehalf, caller.username(), clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ConfirmCounselingCommand command, MetaData metaData, Clock clock) {
        Booking booking = booking(command.bookingId());
        Caller caller = Caller.fromMetaData(metaData);
        requireOwnCounselor(command.counselorId(), caller);
        requireStatus(booking, command.bookingId(), CounselingStatus.PENDING);
        apply(new CounselingConfirmedEvent(command.counselorId(), command.bookingId(), booking.studentUsername(),
                booking.slot(), caller.username(), clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CancelCounselingCommand command, MetaData metaData, Clock clock) {
        Booking booking = booking(command.bookingId());
        Caller caller = Caller.fromMetaData(metaData);
        boolean byStudent = booking.studentUsername().equals(caller.username());
        if (!byStudent && !caller.isSystem() && !caller.hasAnyRole(Role.ADMIN)
                && !command.counselorId().equals(caller.username())) {
            throw new BusinessRuleViolation(ErrorCode.NOT_YOUR_COUNSELING,
                    "the caller (" + caller.rolesText() + ") may not cancel booking " + command.bookingId());
        }
        requireStatus(booking, command.bookingId(), CounselingStatus.PENDING, CounselingStatus.CONFIRMED,
                CounselingStatus.POSTPONED);
        if (blank(command.reason())) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_REASON_REQUIRED, "a cancellation needs a reason");
        }
        TextLimits.require(TextLimit.REASON, command.reason());
        apply(new CounselingCancelledEvent(command.counselorId(), command.bookingId(), booking.studentUsername(),
                booking.slot(), command.reason().strip(), byStudent, caller.username(), clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PostponeCounselingCommand command, ServiceFrames frames, MetaData metaData, Clock clock) {
        Booking booking = booking(command.bookingId());
        Caller caller = Caller.fromMetaData(metaData);
        requireOwnCounselor(command.counselorId(), caller);
        requireStatus(booking, command.bookingId(), CounselingStatus.PENDING, CounselingStatus.CONFIRMED);
        if (blank(command.reason())) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_REASON_REQUIRED, "a postponement needs a reason");
        }
        TextLimits.require(TextLimit.REASON, command.reason());
        if (command.alternatives() == null || command.alternatives().isEmpty()) {
            throw new BusinessRuleViolation(ErrorCode.ALTERNATIVES_REQUIRED, "offer at least one other time");
        }
        ServiceFrame frame = frames.current();
        LocalDateTime now = LocalDateTime.now(clock);
        // the booking's own slot is freed by the postponement; each alternative then holds its time
        List<Slot> held = new ArrayList<>(held(command.bookingId()));
        List<Slot> alternatives = new ArrayList<>();
        for (LocalDateTime start : command.alternatives()) {
            Optional<ErrorCode> refusal = SlotPlanner.refusal(start, hours, frame, held, now, false);
            if (refusal.isPresent()) {
                throw new BusinessRuleViolation(refusal.get(), "cannot offer " + start);
            }
            Slot alternative = Slot.of(start, hours.sessionMinutes());
            held.add(alternative);
            alternatives.add(alternative);
        }
        apply(new CounselingPostponedEvent(command.counselorId(), command.bookingId(), booking.studentUsername(),
                booking.slot(), command.reason().strip(), List.copyOf(alternatives), caller.username(),
                clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AcceptCounselingAlternativeCommand command, MetaData metaData, Clock clock) {
        Booking booking = booking(command.bookingId());
        requireStudent(booking, command.bookingId(), Caller.fromMetaData(metaData));
        requireStatus(booking, command.bookingId(), CounselingStatus.POSTPONED);
        Slot chosen = booking.alternatives().stream()
                             .filter(alternative -> alternative.start().equals(command.start()))
                             .findFirst()
                             .orElseThrow(() -> new BusinessRuleViolation(ErrorCode.ALTERNATIVE_NOT_OFFERED,
                                     command.start() + " was not offered for booking " + command.bookingId()));
        if (!chosen.start().isAfter(LocalDateTime.now(clock))) {
            throw new BusinessRuleViolation(ErrorCode.SLOT_IN_PAST, command.start() + " has passed");
        }
        apply(new CounselingAlternativeAcceptedEvent(command.counselorId(), command.bookingId(),
                booking.studentUsername(), chosen, clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeclineCounselingAlternativesCommand command, MetaData metaData, Clock clock) {
        Booking booking = booking(command.bookingId());
        requireStudent(booking, command.bookingId(), Caller.fromMetaData(metaData));
        requireStatus(booking, command.bookingId(), CounselingStatus.POSTPONED);
        TextLimits.require(TextLimit.REASON, command.reason());
        apply(new CounselingAlternativesDeclinedEvent(command.counselorId(), command.bookingId(),
                booking.studentUsername(), strip(command.reason()), clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(CompleteCounselingCommand command, MetaData metaData, Clock clock) {
        Booking booking = requireStartedSession(command.counselorId(), command.bookingId(), metaData, clock);
        apply(new CounselingCompletedEvent(command.counselorId(), command.bookingId(), booking.studentUsername(),
                booking.slot(), clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordCounselingNoShowCommand command, MetaData metaData, Clock clock) {
        Booking booking = requireStartedSession(command.counselorId(), command.bookingId(), metaData, clock);
        apply(new CounselingNoShowRecordedEvent(command.counselorId(), command.bookingId(), booking.studentUsername(),
                booking.slot(), clock.instant()));
    }

    /** The service-level watch: a request still pending {@link #RESPONSE_TIME} after it was made is flagged, once. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(FlagOverdueCounselingCommand command, MetaData metaData, Clock clock) {
        requireSystem(Caller.fromMetaData(metaData));
        Booking booking = booking(command.bookingId());
        Instant now = clock.instant();
        if (booking.status() != CounselingStatus.PENDING || booking.flagged()
                || booking.requestedAt().plus(RESPONSE_TIME).isAfter(now)) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_NOTICE_NOT_DUE, "booking " + command.bookingId()
                    + " is not overdue: " + booking.status() + ", requested " + booking.requestedAt()
                    + (booking.flagged() ? ", flagged already" : ""));
        }
        apply(new CounselingResponseOverdueEvent(command.counselorId(), command.bookingId(),
                booking.studentUsername(), booking.requestedAt(), now));
    }

    /**
     * A reminder of a confirmed session, once per kind and session start: due {@link ReminderKind#before()}
     * the start, never at or after the start, and never for a due time before the booking was (last)
     * confirmed (a session confirmed 30 minutes ahead gets no "one hour before").
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SendCounselingReminderCommand command, MetaData metaData, Clock clock) {
        requireSystem(Caller.fromMetaData(metaData));
        Booking booking = booking(command.bookingId());
        if (command.kind() == null || command.sessionStart() == null
                || booking.status() != CounselingStatus.CONFIRMED
                || !booking.slot().start().equals(command.sessionStart())
                || booking.reminders().contains(new SentReminder(command.kind(), command.sessionStart()))) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_NOTICE_NOT_DUE, "no " + command.kind()
                    + " reminder due for booking " + command.bookingId() + " at " + command.sessionStart());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime due = command.sessionStart().minus(command.kind().before());
        LocalDateTime confirmed = LocalDateTime.ofInstant(booking.confirmedAt(), clock.getZone());
        if (due.isAfter(now) || !now.isBefore(command.sessionStart()) || due.isBefore(confirmed)) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_NOTICE_NOT_DUE, "the " + command.kind()
                    + " reminder of booking " + command.bookingId() + " is due at " + due + " (confirmed "
                    + confirmed + "), not at " + now);
        }
        apply(new CounselingReminderDueEvent(command.counselorId(), command.bookingId(), booking.studentUsername(),
                command.kind(), booking.slot(), due.atZone(clock.getZone()).toInstant()));
    }

    // ---- chat ----

    /**
     * A chat message about a booking from its student or its counselor, while the booking is live and,
     * once confirmed, until its session ends. A message id sent again by the same person is a retry:
     * it is accepted and nothing is recorded twice.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SendCounselingMessageCommand command, MetaData metaData, Clock clock) {
        Booking booking = booking(command.bookingId());
        Caller caller = Caller.fromMetaData(metaData);
        boolean fromCounselor = counselorId.equals(caller.username());
        if (!fromCounselor && !booking.studentUsername().equals(caller.username())) {
            throw new BusinessRuleViolation(ErrorCode.NOT_YOUR_COUNSELING,
                    "the caller (" + caller.rolesText() + ") takes no part in booking " + command.bookingId());
        }
        if (blank(command.messageId()) || command.messageId().length() > MAX_MESSAGE_ID_LENGTH) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_MESSAGE_INVALID,
                    "a chat message needs an id of at most " + MAX_MESSAGE_ID_LENGTH + " characters");
        }
        String text = strip(command.text());
        if (blank(text) || text.length() > SendCounselingMessageCommand.MAX_LENGTH) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_MESSAGE_INVALID,
                    "a chat message has 1–" + SendCounselingMessageCommand.MAX_LENGTH + " characters");
        }
        String earlierSender = chatSenders.getOrDefault(command.bookingId(), Map.of()).get(command.messageId());
        if (earlierSender != null) {
            if (earlierSender.equals(caller.username())) {
                return; // a retried send: recorded already
            }
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_MESSAGE_INVALID,
                    "message id " + command.messageId() + " is taken in booking " + command.bookingId());
        }
        if (!booking.status().isLive() || booking.status() == CounselingStatus.CONFIRMED
                && !LocalDateTime.now(clock).isBefore(booking.slot().end())) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_CHAT_CLOSED, "the chat of booking "
                    + command.bookingId() + " is closed: " + booking.status() + ", session " + booking.slot());
        }
        apply(new CounselingMessageSentEvent(counselorId, command.bookingId(), command.messageId(),
                booking.studentUsername(), caller.username(), fromCounselor, text, clock.instant()));
    }

    // ---- rules ----

    /** A student requests for themselves only; staff request only on a student's behalf, saying who asked and why. */
    private static OnBehalfRequest requireRequester(RequestCounselingCommand command, Caller caller) {
        OnBehalfRequest onBehalf = command.onBehalf();
        boolean staff = caller.hasAnyRole(Role.KONSELOR, Role.ADMIN);
        if (!caller.isSystem() && !staff) {
            if (!caller.hasAnyRole(Role.SISWA) || !caller.username().equals(command.studentUsername())) {
                throw new BusinessRuleViolation(ErrorCode.NOT_YOUR_COUNSELING,
                        "the caller (" + caller.rolesText() + ") may request counseling only for themselves");
            }
            if (onBehalf != null) {
                throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a student requests for themselves");
            }
            return null;
        }
        if (onBehalf == null && caller.isSystem()) {
            return null;
        }
        if (onBehalf == null || blank(onBehalf.requesterName()) || onBehalf.relation() == null
                || blank(onBehalf.reason())) {
            throw new BusinessRuleViolation(ErrorCode.ON_BEHALF_DETAILS_REQUIRED,
                    "a request on a student's behalf needs the requester's name, relation and reason");
        }
        TextLimits.require(TextLimit.PERSON_NAME, onBehalf.requesterName());
        TextLimits.require(TextLimit.REASON, onBehalf.reason());
        return new OnBehalfRequest(onBehalf.requesterName().strip(), onBehalf.relation(), onBehalf.reason().strip());
    }

    /** The counselor themselves, or ADMIN (or the system), keeps a calendar's profile and hours. */
    private static void requireCalendarKeeper(String calendar, Caller caller) {
        if (!caller.isSystem() && !caller.hasAnyRole(Role.ADMIN) && !calendar.equals(caller.username())) {
            throw new BusinessRuleViolation(ErrorCode.NOT_YOUR_COUNSELING,
                    "the caller (" + caller.rolesText() + ") may not change the calendar of " + calendar);
        }
    }

    private static void requireOwnCounselor(String calendar, Caller caller) {
        if (!caller.isSystem() && !calendar.equals(caller.username())) {
            throw new BusinessRuleViolation(ErrorCode.NOT_YOUR_COUNSELING,
                    "the caller (" + caller.rolesText() + ") is not the counselor of this booking");
        }
    }

    private static void requireStudent(Booking booking, String bookingId, Caller caller) {
        if (!caller.isSystem() && !booking.studentUsername().equals(caller.username())) {
            throw new BusinessRuleViolation(ErrorCode.NOT_YOUR_COUNSELING,
                    "booking " + bookingId + " belongs to another student");
        }
    }

    private static void requireSystem(Caller caller) {
        if (!caller.isSystem()) {
            throw new BusinessRuleViolation(ErrorCode.ACCESS_DENIED, "only the application itself sends this");
        }
    }

    private static void requireStatus(Booking booking, String bookingId, CounselingStatus... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(booking.status())) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_STATUS_INVALID,
                    "booking " + bookingId + " is " + booking.status());
        }
    }

    private Booking requireStartedSession(String calendar, String bookingId, MetaData metaData, Clock clock) {
        Booking booking = booking(bookingId);
        requireOwnCounselor(calendar, Caller.fromMetaData(metaData));
        requireStatus(booking, bookingId, CounselingStatus.CONFIRMED);
        if (LocalDateTime.now(clock).isBefore(booking.slot().start())) {
            throw new BusinessRuleViolation(ErrorCode.SESSION_NOT_STARTED,
                    "the session of booking " + bookingId + " starts at " + booking.slot().start());
        }
        return booking;
    }

    private Booking booking(String bookingId) {
        Booking booking = bookingId == null ? null : bookings.get(bookingId);
        if (booking == null) {
            throw new BusinessRuleViolation(ErrorCode.COUNSELING_NOT_FOUND, "no booking " + bookingId);
        }
        return booking;
    }

    /** The times live bookings hold, but for {@code except}: a postponed booking holds its alternatives. */
    private List<Slot> held(String except) {
        return bookings.entrySet().stream()
                       .filter(entry -> !entry.getKey().equals(except))
                       .map(Map.Entry::getValue)
                       .filter(booking -> booking.status().isLive())
                       .flatMap(Booking::heldSlots)
                       .toList();
    }

    /** The live, future bookings that {@code changed} hours would leave outside; they are kept and listed. */
    private List<String> outsideHours(CounselorHours changed, ServiceFrame frame, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        return bookings.entrySet().stream()
                       .filter(entry -> entry.getValue().status().isLive())
                       .filter(entry -> entry.getValue().heldSlots()
                                             .anyMatch(slot -> slot.start().isAfter(now)
                                                     && !SlotPlanner.insideHours(slot, changed, frame)))
                       .map(Map.Entry::getKey)
                       .toList();
    }

    // ---- state ----

    @EventSourcingHandler
    void on(CounselorProfileSavedEvent event) {
        counselorId = event.counselorId();
        calendarId = CounselorCalendars.idOf(event.counselorId());
        name = event.name();
        channels = new ArrayList<>(event.channels());
    }

    @EventSourcingHandler
    void on(CounselorHoursSetEvent event) {
        counselorId = event.counselorId();
        calendarId = CounselorCalendars.idOf(event.counselorId());
        hours = hours.withWeekly(event.weekly(), event.sessionMinutes(), event.bufferMinutes(), event.noticeMinutes());
    }

    @EventSourcingHandler
    void on(CounselorHoursExceptionAddedEvent event) {
        counselorId = event.counselorId();
        calendarId = CounselorCalendars.idOf(event.counselorId());
        List<HoursException> exceptions = new ArrayList<>(hours.exceptions());
        exceptions.add(event.exception());
        hours = hours.withExceptions(exceptions);
    }

    @EventSourcingHandler
    void on(CounselorHoursExceptionRemovedEvent event) {
        List<HoursException> exceptions = new ArrayList<>(hours.exceptions());
        exceptions.removeIf(known -> known.exceptionId().equals(event.exceptionId()));
        hours = hours.withExceptions(exceptions);
    }

    @EventSourcingHandler
    void on(CounselingRequestedEvent event) {
        counselorId = event.counselorId();
        calendarId = CounselorCalendars.idOf(event.counselorId());
        bookings.put(event.bookingId(), new Booking(event.studentUsername(), CounselingStatus.PENDING, event.slot(),
                List.of(), event.requestedAt(), null, List.of(), false));
    }

    @EventSourcingHandler
    void on(CounselingConfirmedEvent event) {
        Booking booking = bookings.get(event.bookingId());
        bookings.put(event.bookingId(), booking.confirmed(booking.slot(), event.confirmedAt()));
    }

    @EventSourcingHandler
    void on(CounselingCancelledEvent event) {
        close(event.bookingId(), CounselingStatus.CANCELLED);
    }

    @EventSourcingHandler
    void on(CounselingPostponedEvent event) {
        Booking booking = bookings.get(event.bookingId());
        bookings.put(event.bookingId(), new Booking(booking.studentUsername(), CounselingStatus.POSTPONED,
                booking.slot(), List.copyOf(event.alternatives()), booking.requestedAt(), booking.confirmedAt(),
                booking.reminders(), booking.flagged()));
    }

    @EventSourcingHandler
    void on(CounselingAlternativeAcceptedEvent event) {
        Booking booking = bookings.get(event.bookingId());
        bookings.put(event.bookingId(), booking.confirmed(event.slot(), event.acceptedAt()));
    }

    @EventSourcingHandler
    void on(CounselingAlternativesDeclinedEvent event) {
        close(event.bookingId(), CounselingStatus.CANCELLED);
    }

    @EventSourcingHandler
    void on(CounselingCompletedEvent event) {
        close(event.bookingId(), CounselingStatus.DONE);
    }

    @EventSourcingHandler
    void on(CounselingNoShowRecordedEvent event) {
        close(event.bookingId(), CounselingStatus.NO_SHOW);
    }

    @EventSourcingHandler
    void on(CounselingMessageSentEvent event) {
        Map<String, String> senders = chatSenders.computeIfAbsent(event.bookingId(), key -> new LinkedHashMap<>());
        senders.put(event.messageId(), event.sender());
        while (senders.size() > REMEMBERED_MESSAGE_IDS) {
            senders.remove(senders.keySet().iterator().next());
        }
    }

    private void close(String bookingId, CounselingStatus closedAs) {
        bookings.put(bookingId, bookings.get(bookingId).closed(closedAs));
        chatSenders.remove(bookingId);
    }

    @EventSourcingHandler
    void on(CounselingReminderDueEvent event) {
        Booking booking = bookings.get(event.bookingId());
        List<SentReminder> reminders = new ArrayList<>(booking.reminders());
        reminders.add(new SentReminder(event.kind(), event.slot().start()));
        bookings.put(event.bookingId(), new Booking(booking.studentUsername(), booking.status(), booking.slot(),
                booking.alternatives(), booking.requestedAt(), booking.confirmedAt(), List.copyOf(reminders),
                booking.flagged()));
    }

    @EventSourcingHandler
    void on(CounselingResponseOverdueEvent event) {
        Booking booking = bookings.get(event.bookingId());
        bookings.put(event.bookingId(), new Booking(booking.studentUsername(), booking.status(), booking.slot(),
                booking.alternatives(), booking.requestedAt(), booking.confirmedAt(), booking.reminders(), true));
    }

    /**
     * One booking as the calendar needs it to decide.
     *
     * @param slot         the session's time (while postponed: the time it had before)
     * @param alternatives the times offered while postponed
     * @param confirmedAt  when it was last confirmed (or an alternative accepted); null before
     * @param reminders    the reminders sent, by kind and session start
     * @param flagged      flagged as not answered within 24 hours
     */
    record Booking(String studentUsername, CounselingStatus status, Slot slot, List<Slot> alternatives,
                   Instant requestedAt, Instant confirmedAt, List<SentReminder> reminders, boolean flagged) {

        Booking {
            alternatives = alternatives == null ? List.of() : alternatives;
            reminders = reminders == null ? List.of() : reminders;
        }

        Stream<Slot> heldSlots() {
            return status == CounselingStatus.POSTPONED ? alternatives.stream() : Stream.of(slot);
        }

        Booking confirmed(Slot at, Instant when) {
            return new Booking(studentUsername, CounselingStatus.CONFIRMED, at, List.of(), requestedAt, when,
                    reminders, flagged);
        }

        Booking closed(CounselingStatus closedAs) {
            return new Booking(studentUsername, closedAs, slot, List.of(), requestedAt, confirmedAt, reminders,
                    flagged);
        }
    }

    /** A reminder given: its kind and the session start it was for (a moved session is reminded again). */
    record SentReminder(ReminderKind kind, LocalDateTime sessionStart) {
    }

    private static <E> Set<E> withoutNulls(Collection<E> given) {
        return given == null ? Set.of() : given.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
