package id.giliran.queue.ui;

import id.giliran.api.queue.ConfigureQueueCommand;
import id.giliran.api.queue.FindQueueSettingsQuery;
import id.giliran.api.queue.PriorityRatio;
import id.giliran.api.queue.QueueSettingsView;
import id.giliran.api.queue.SetAverageServiceTimeCommand;
import id.giliran.api.queue.SetNotifyAheadCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Reads and changes the queue settings (ADMIN); the display reads them too. */
@Service
public class QueueConfigurationService {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    QueueConfigurationService(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    public void setAverageServiceTime(int minutes) {
        commandGateway.sendAndWait(new SetAverageServiceTimeCommand(minutes));
    }

    public void setNotifyAhead(int tickets) {
        commandGateway.sendAndWait(new SetNotifyAheadCommand(tickets));
    }

    public QueueSettingsView settings() {
        return queryGateway.query(new FindQueueSettingsQuery(), QueueSettingsView.class).join();
    }

    public void configure(PriorityRatio ratio, boolean spokenCalls, String runningText, LocalTime opensAt,
                          LocalTime closesAt, List<LocalDate> closedDays) {
        commandGateway.sendAndWait(new ConfigureQueueCommand(ratio, spokenCalls, runningText, opensAt, closesAt,
                closedDays));
    }
}
