package id.giliran.counseling.command;

import id.giliran.api.counseling.ServiceFrame;

/** The counseling service frame as it stands now, for the counselors' calendars. */
public interface ServiceFrames {

    /** The frame ADMIN set last; {@link ServiceFrame#DEFAULT} until one is set. */
    ServiceFrame current();
}
