package id.giliran.api.counseling;

import java.util.Set;

/** A counselor's profile and hours. */
public record CounselorView(String counselorId, String name, String photoId, Set<Specialization> specializations,
                            String bio, String qualifications, Set<SessionChannel> channels, double averageRating,
                            int reviewCount, CounselorHours hours) {
}
