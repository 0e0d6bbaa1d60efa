package id.giliran.api.counseling;

import java.util.List;

/** ADMIN set the counseling service frame. */
public record ServiceFrameSetEvent(String frameId, List<WeeklyHours> hours, String setBy) {
}
