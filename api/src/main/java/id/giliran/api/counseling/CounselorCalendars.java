package id.giliran.api.counseling;

/**
 * A counselor's calendar is an aggregate of its own, apart from the counselor's account (whose
 * aggregate id is the same username): its id is the username with this prefix, so the two
 * event streams never share an identifier.
 */
public final class CounselorCalendars {

    public static final String PREFIX = "konseling:";

    private CounselorCalendars() {
    }

    public static String idOf(String counselorId) {
        return PREFIX + counselorId;
    }
}
