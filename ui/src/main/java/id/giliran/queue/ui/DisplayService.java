package id.giliran.queue.ui;

import id.giliran.api.queue.DisplayBoardView;
import id.giliran.api.queue.FindDisplayBoardQuery;
import id.giliran.infrastructure.GiliranProperties;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What the waiting-room display polls. */
@Service
public class DisplayService {

    private final QueryGateway queryGateway;
    private final Clock clock;
    private final GiliranProperties properties;

    DisplayService(QueryGateway queryGateway, Clock clock, GiliranProperties properties) {
        this.queryGateway = queryGateway;
        this.clock = clock;
        this.properties = properties;
    }

    public DisplayBoardView board() {
        return queryGateway.query(new FindDisplayBoardQuery(LocalDate.now(clock)), DisplayBoardView.class).join();
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public String facilityName() {
        return properties.facilityName();
    }
}
