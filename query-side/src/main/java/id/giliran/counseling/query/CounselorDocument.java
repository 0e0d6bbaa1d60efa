package id.giliran.counseling.query;

import id.giliran.api.counseling.CounselorHours;
import id.giliran.api.counseling.HoursException;
import id.giliran.api.counseling.HoursExceptionKind;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Specialization;
import id.giliran.api.counseling.WeeklyHours;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A counselor in the directory: the profile (name null until one is saved) and the hours (session,
 * buffer and notice null until set). Times as {@link SchoolTime} text.
 */
@Document("counselor_directory")
record CounselorDocument(@Id String counselorId, String name, Set<Specialization> specializations, String bio,
                         String qualifications, Set<SessionChannel> channels, String photoId,
                         List<WeeklyHoursDocument> weekly, List<ExceptionDocument> exceptions,
                         Integer sessionMinutes, Integer bufferMinutes, Integer noticeMinutes) {

    static CounselorDocument empty(String counselorId) {
        return new CounselorDocument(counselorId, null, Set.of(), null, null, Set.of(), null, List.of(), List.of(),
                null, null, null);
    }

    boolean hasProfile() {
        return name != null;
    }

    CounselorDocument withProfile(String newName, Set<Specialization> newSpecializations, String newBio,
                                  String newQualifications, Set<SessionChannel> newChannels, String newPhotoId) {
        return new CounselorDocument(counselorId, newName, newSpecializations == null ? Set.of() : newSpecializations,
                newBio, newQualifications, newChannels == null ? Set.of() : newChannels, newPhotoId, weekly,
                exceptions, sessionMinutes, bufferMinutes, noticeMinutes);
    }

    CounselorDocument withWeekly(List<WeeklyHours> newWeekly, int newSession, int newBuffer, int newNotice) {
        List<WeeklyHoursDocument> stored = newWeekly == null ? List.of()
                : newWeekly.stream().map(WeeklyHoursDocument::of).toList();
        return new CounselorDocument(counselorId, name, specializations, bio, qualifications, channels, photoId,
                stored, exceptions, newSession, newBuffer, newNotice);
    }

    /** Adds an exception, replacing one with the same id (a redelivered event changes nothing). */
    CounselorDocument withException(HoursException exception) {
        List<ExceptionDocument> changed = new ArrayList<>(exceptionsOrEmpty().stream()
                .filter(kept -> !kept.exceptionId().equals(exception.exceptionId()))
                .toList());
        changed.add(ExceptionDocument.of(exception));
        return withExceptions(changed);
    }

    CounselorDocument withoutException(String exceptionId) {
        return withExceptions(exceptionsOrEmpty().stream().filter(kept -> !kept.exceptionId().equals(exceptionId))
                                                 .toList());
    }

    private CounselorDocument withExceptions(List<ExceptionDocument> newExceptions) {
        return new CounselorDocument(counselorId, name, specializations, bio, qualifications, channels, photoId,
                weekly, newExceptions, sessionMinutes, bufferMinutes, noticeMinutes);
    }

    private List<ExceptionDocument> exceptionsOrEmpty() {
        return exceptions == null ? List.of() : exceptions;
    }

    /** The hours the slots are drawn from: none until the counselor sets them (date exceptions apply on top). */
    CounselorHours hours() {
        CounselorHours none = CounselorHours.NONE;
        return new CounselorHours(
                weekly == null ? List.of() : weekly.stream().map(WeeklyHoursDocument::toWeeklyHours).toList(),
                exceptionsOrEmpty().stream().map(ExceptionDocument::toException).toList(),
                sessionMinutes == null ? none.sessionMinutes() : sessionMinutes,
                bufferMinutes == null ? none.bufferMinutes() : bufferMinutes,
                noticeMinutes == null ? none.noticeMinutes() : noticeMinutes);
    }

    Set<Specialization> specializationsOrEmpty() {
        return specializations == null ? Set.of() : Set.copyOf(specializations);
    }

    Set<SessionChannel> channelsOrEmpty() {
        return channels == null ? Set.of() : Set.copyOf(channels);
    }

    record WeeklyHoursDocument(DayOfWeek day, String start, String end) {

        static WeeklyHoursDocument of(WeeklyHours hours) {
            return new WeeklyHoursDocument(hours.day(), SchoolTime.text(hours.start()), SchoolTime.text(hours.end()));
        }

        WeeklyHours toWeeklyHours() {
            return new WeeklyHours(day, SchoolTime.time(start), SchoolTime.time(end));
        }
    }

    record ExceptionDocument(String exceptionId, String date, HoursExceptionKind kind, String start, String end) {

        static ExceptionDocument of(HoursException exception) {
            return new ExceptionDocument(exception.exceptionId(), SchoolTime.text(exception.date()), exception.kind(),
                    SchoolTime.text(exception.start()), SchoolTime.text(exception.end()));
        }

        HoursException toException() {
            return new HoursException(exceptionId, SchoolTime.date(date), kind, SchoolTime.time(start),
                    SchoolTime.time(end));
        }
    }
}
