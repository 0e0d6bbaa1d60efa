package id.giliran.api.counseling;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * A counselor in the directory. Reviews arrive with a later feature: until then reviewCount is 0
 * and the screen says "belum ada ulasan".
 *
 * @param earliestFreeSlot the first free start in the next 14 days, or null
 * @param freeSlotsThisWeek free slots in the next 7 days
 */
public record CounselorSummary(String counselorId, String name, String photoId, Set<Specialization> specializations,
                               String bio, Set<SessionChannel> channels, double averageRating, int reviewCount,
                               LocalDateTime earliestFreeSlot, int freeSlotsThisWeek) {
}
