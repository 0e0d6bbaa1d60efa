package id.giliran.api.counseling;

import java.util.Set;

/** A counselor's profile was created or changed. */
public record CounselorProfileSavedEvent(String counselorId, String name, Set<Specialization> specializations, String bio, String qualifications, Set<SessionChannel> channels, String photoId) {
}
