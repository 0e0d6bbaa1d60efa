package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;

import java.time.LocalDateTime;

/** For the reminder sender: reminders of confirmed sessions due at {@code now} and not sent yet. Answers a list of {@link DueCounselingReminder}. */
@Permitted({})
public record FindDueCounselingRemindersQuery(LocalDateTime now) {
}
