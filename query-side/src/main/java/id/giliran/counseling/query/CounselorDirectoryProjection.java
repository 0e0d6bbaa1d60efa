package id.giliran.counseling.query;

import id.giliran.api.counseling.CounselingAlternativeAcceptedEvent;
import id.giliran.api.counseling.CounselingAlternativesDeclinedEvent;
import id.giliran.api.counseling.CounselingCancelledEvent;
import id.giliran.api.counseling.CounselingCompletedEvent;
import id.giliran.api.counseling.CounselingNoShowRecordedEvent;
import id.giliran.api.counseling.CounselingPostponedEvent;
import id.giliran.api.counseling.CounselingRequestedEvent;
import id.giliran.api.counseling.CounselorHours;
import id.giliran.api.counseling.CounselorHoursExceptionAddedEvent;
import id.giliran.api.counseling.CounselorHoursExceptionRemovedEvent;
import id.giliran.api.counseling.CounselorHoursSetEvent;
import id.giliran.api.counseling.CounselorProfileSavedEvent;
import id.giliran.api.counseling.CounselorSort;
import id.giliran.api.counseling.CounselorSummary;
import id.giliran.api.counseling.CounselorView;
import id.giliran.api.counseling.FindCounselorQuery;
import id.giliran.api.counseling.FindCounselorsQuery;
import id.giliran.api.counseling.FindFreeCounselingSlotsQuery;
import id.giliran.api.counseling.FindServiceFrameQuery;
import id.giliran.api.counseling.ServiceFrame;
import id.giliran.api.counseling.ServiceFrameSetEvent;
import id.giliran.api.counseling.Slot;
import id.giliran.api.counseling.SlotPlanner;
import id.giliran.counseling.query.CounselorDocument.WeeklyHoursDocument;
import id.giliran.counseling.query.SchoolTime.SlotDocument;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.privacy.query.SealedFields;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The counselor directory and the free slots students choose from: one document per counselor
 * (profile and hours), the slots each live booking holds, and the school's service frame. Free
 * slots are drawn by {@link SlotPlanner}, the same rules the counselor's calendar refuses requests
 * with. Every handler overwrites what it knows, so redelivery and replay give the same read model.
 */
@Component
@ProcessingGroup(CounselorDirectoryProjection.PROCESSING_GROUP)
class CounselorDirectoryProjection {

    static final String PROCESSING_GROUP = "counselor-directory";
    /** The directory shows the earliest free start within this many days, today included. */
    static final int EARLIEST_SLOT_DAYS = 14;
    static final int WEEK_DAYS = 7;
    /** A free-slot list covers at most this many days. */
    static final int MAX_SLOT_RANGE_DAYS = 60;

    private final MongoTemplate mongo;
    private final Clock clock;

    CounselorDirectoryProjection(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(HeldSlotsDocument.class).createIndex(new Index().on("counselorId", Sort.Direction.ASC));
    }

    @EventHandler
    void on(ServiceFrameSetEvent event) {
        mongo.save(new ServiceFrameDocument(ServiceFrame.ID,
                event.hours() == null ? List.of() : event.hours().stream().map(WeeklyHoursDocument::of).toList()));
    }

    @EventHandler
    void on(CounselorProfileSavedEvent event) {
        mongo.save(counselor(event.counselorId()).withProfile(event.name(), event.specializations(), event.bio(),
                event.qualifications(), event.channels(), event.photoId()));
    }

    /**
     * A counselor's account was erased: their photos are deleted from the photo store (see the ui's
     * CounselorPhotoErasure), so the profile no longer names one. The profile's name and texts are the
     * counselor's professional ones (not marked personal in the event) and stay.
     */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        if (SealedFields.isAccount(event)) {
            mongo.updateFirst(Query.query(where("_id").is(event.subjectId()).and("photoId").ne(null)),
                    new Update().set("photoId", null), CounselorDocument.class);
        }
    }

    @EventHandler
    void on(CounselorHoursSetEvent event) {
        mongo.save(counselor(event.counselorId()).withWeekly(event.weekly(), event.sessionMinutes(),
                event.bufferMinutes(), event.noticeMinutes()));
    }

    @EventHandler
    void on(CounselorHoursExceptionAddedEvent event) {
        mongo.save(counselor(event.counselorId()).withException(event.exception()));
    }

    @EventHandler
    void on(CounselorHoursExceptionRemovedEvent event) {
        mongo.save(counselor(event.counselorId()).withoutException(event.exceptionId()));
    }

    @EventHandler
    void on(CounselingRequestedEvent event) {
        hold(event.counselorId(), event.bookingId(), List.of(event.slot()));
    }

    @EventHandler
    void on(CounselingPostponedEvent event) {
        hold(event.counselorId(), event.bookingId(), event.alternatives() == null ? List.of() : event.alternatives());
    }

    @EventHandler
    void on(CounselingAlternativeAcceptedEvent event) {
        hold(event.counselorId(), event.bookingId(), List.of(event.slot()));
    }

    @EventHandler
    void on(CounselingCancelledEvent event) {
        free(event.bookingId());
    }

    @EventHandler
    void on(CounselingAlternativesDeclinedEvent event) {
        free(event.bookingId());
    }

    @EventHandler
    void on(CounselingCompletedEvent event) {
        free(event.bookingId());
    }

    @EventHandler
    void on(CounselingNoShowRecordedEvent event) {
        free(event.bookingId());
    }

    private void hold(String counselorId, String bookingId, List<Slot> slots) {
        mongo.save(new HeldSlotsDocument(bookingId, counselorId, slots.stream().map(SlotDocument::of).toList()));
    }

    private void free(String bookingId) {
        mongo.remove(Query.query(where("_id").is(bookingId)), HeldSlotsDocument.class);
    }

    private CounselorDocument counselor(String counselorId) {
        return Optional.ofNullable(mongo.findById(counselorId, CounselorDocument.class))
                       .orElseGet(() -> CounselorDocument.empty(counselorId));
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), CounselorDocument.class);
        mongo.remove(new Query(), HeldSlotsDocument.class);
        mongo.remove(new Query(), ServiceFrameDocument.class);
    }

    @QueryHandler
    ServiceFrame handle(FindServiceFrameQuery query) {
        return frame();
    }

    /** Counselors with a profile; the free slots counted with the students' notice, from now (school time). */
    @QueryHandler
    List<CounselorSummary> handle(FindCounselorsQuery query) {
        Criteria criteria = where("name").ne(null);
        if (query.specialization() != null) {
            criteria = criteria.and("specializations").is(query.specialization().name());
        }
        ServiceFrame frame = frame();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        LocalDate weekEnd = today.plusDays(WEEK_DAYS - 1);
        return mongo.find(Query.query(criteria), CounselorDocument.class).stream()
                    .map(counselor -> summary(counselor, frame, now, today, weekEnd))
                    .filter(summary -> !query.freeThisWeek() || summary.freeSlotsThisWeek() > 0)
                    .sorted(order(query.sort()))
                    .toList();
    }

    private CounselorSummary summary(CounselorDocument counselor, ServiceFrame frame, LocalDateTime now,
                                     LocalDate today, LocalDate weekEnd) {
        List<Slot> free = SlotPlanner.freeSlots(counselor.hours(), frame, held(counselor.counselorId()), today,
                today.plusDays(EARLIEST_SLOT_DAYS - 1), now, true);
        int thisWeek = (int) free.stream().filter(slot -> !slot.date().isAfter(weekEnd)).count();
        return new CounselorSummary(counselor.counselorId(), counselor.name(), counselor.photoId(),
                counselor.specializationsOrEmpty(), counselor.bio(), counselor.channelsOrEmpty(), 0.0, 0,
                free.isEmpty() ? null : free.get(0).start(), thisWeek);
    }

    private static Comparator<CounselorSummary> order(CounselorSort sort) {
        Comparator<CounselorSummary> byName = Comparator
                .comparing((CounselorSummary summary) -> summary.name().toLowerCase(Locale.ROOT))
                .thenComparing(CounselorSummary::counselorId);
        if (sort == CounselorSort.RATING) {
            return Comparator.comparingDouble(CounselorSummary::averageRating).reversed()
                             .thenComparing(Comparator.comparingInt(CounselorSummary::reviewCount).reversed())
                             .thenComparing(byName);
        }
        if (sort == CounselorSort.EARLIEST_FREE_SLOT) {
            return Comparator.comparing(CounselorSummary::earliestFreeSlot,
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byName);
        }
        return byName;
    }

    @QueryHandler
    Optional<CounselorView> handle(FindCounselorQuery query) {
        return Optional.ofNullable(query.counselorId())
                       .map(id -> mongo.findById(id, CounselorDocument.class))
                       .map(counselor -> new CounselorView(counselor.counselorId(), counselor.name(),
                               counselor.photoId(), counselor.specializationsOrEmpty(), counselor.bio(),
                               counselor.qualifications(), counselor.channelsOrEmpty(), 0.0, 0, counselor.hours()));
    }

    /**
     * The free slots of the dates asked for, from today at the earliest and at most
     * {@value #MAX_SLOT_RANGE_DAYS} days; an unknown counselor has none.
     */
    @QueryHandler
    List<Slot> handle(FindFreeCounselingSlotsQuery query) {
        CounselorDocument counselor = query.counselorId() == null ? null
                : mongo.findById(query.counselorId(), CounselorDocument.class);
        if (counselor == null) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate from = query.from() == null || query.from().isBefore(now.toLocalDate())
                ? now.toLocalDate() : query.from();
        LocalDate last = from.plusDays(MAX_SLOT_RANGE_DAYS - 1);
        LocalDate to = query.to() == null || query.to().isAfter(last) ? last : query.to();
        if (to.isBefore(from)) {
            return List.of();
        }
        return SlotPlanner.freeSlots(counselor.hours(), frame(), held(counselor.counselorId()), from, to, now,
                query.withNotice());
    }

    private List<Slot> held(String counselorId) {
        return mongo.find(Query.query(where("counselorId").is(counselorId)), HeldSlotsDocument.class).stream()
                    .flatMap(held -> held.slots().stream())
                    .map(SlotDocument::toSlot)
                    .toList();
    }

    private ServiceFrame frame() {
        return Optional.ofNullable(mongo.findById(ServiceFrame.ID, ServiceFrameDocument.class))
                       .map(frame -> new ServiceFrame(frame.hours() == null ? List.of()
                               : frame.hours().stream().map(WeeklyHoursDocument::toWeeklyHours).toList()))
                       .orElse(ServiceFrame.DEFAULT);
    }

    /** The slots one live booking holds: its session, or while postponed the alternatives offered. */
    @Document("counselor_directory_held_slots")
    record HeldSlotsDocument(@Id String bookingId, String counselorId, List<SlotDocument> slots) {
    }

    @Document("counselor_directory_service_frame")
    record ServiceFrameDocument(@Id String frameId, List<WeeklyHoursDocument> hours) {
    }
}
