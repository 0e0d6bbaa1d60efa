package id.giliran.counseling.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.counseling.WeeklyHours;
import id.giliran.command.BusinessRuleViolation;

import java.util.List;

/** Weekly hours, of the service frame or of a counselor: each well formed, none overlapping another of its day. */
final class HoursRules {

    private HoursRules() {
    }

    static List<WeeklyHours> requireWellFormed(List<WeeklyHours> hours) {
        List<WeeklyHours> given = hours == null ? List.of() : hours;
        for (int i = 0; i < given.size(); i++) {
            WeeklyHours entry = given.get(i);
            if (entry == null || !entry.wellFormed()) {
                throw new BusinessRuleViolation(ErrorCode.COUNSELING_HOURS_INVALID,
                        "hours need a day and a start before their end: " + entry);
            }
            for (int j = 0; j < i; j++) {
                if (entry.overlaps(given.get(j))) {
                    throw new BusinessRuleViolation(ErrorCode.COUNSELING_HOURS_INVALID,
                            "hours of one day overlap: " + given.get(j) + " and " + entry);
                }
            }
        }
        return List.copyOf(given);
    }
}
