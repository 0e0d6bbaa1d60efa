package id.giliran.api.queue;

import java.time.LocalDate;

/** What the waiting-room display shows for a service day; answered with {@link DisplayBoardView}. */
public record FindDisplayBoardQuery(LocalDate serviceDate) {
}
