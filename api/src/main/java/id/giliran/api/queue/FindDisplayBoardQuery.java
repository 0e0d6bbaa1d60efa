package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import java.time.LocalDate;

/** What the waiting-room display shows for a service day; answered with {@link DisplayBoardView}. */
@Permitted(value = {Role.PETUGAS_LOKET, Role.ADMIN}, anyone = true)
public record FindDisplayBoardQuery(LocalDate serviceDate) {
}
