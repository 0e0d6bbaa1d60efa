package id.giliran.operations.ui;

import id.giliran.api.operations.DeadLetterView;
import id.giliran.api.operations.EventProcessorView;
import id.giliran.api.operations.EvictDeadLettersCommand;
import id.giliran.api.operations.FindDeadLettersQuery;
import id.giliran.api.operations.FindEventProcessorsQuery;
import id.giliran.api.operations.FindReplayingProcessorsQuery;
import id.giliran.api.operations.RebuildProjectionCommand;
import id.giliran.api.operations.RetryDeadLettersCommand;
import jakarta.annotation.PreDestroy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The read side's operations for the screens: processors, rebuilds, parked events. Also a small
 * shared timer for screens that follow a rebuild on their own (progress, "sedang dibangun ulang").
 */
@Service
public class OperationsService {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "giliran-operations-timer");
        thread.setDaemon(true);
        return thread;
    });

    OperationsService(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    public List<EventProcessorView> processors() {
        return queryGateway.query(new FindEventProcessorsQuery(),
                ResponseTypes.multipleInstancesOf(EventProcessorView.class)).join();
    }

    public Optional<EventProcessorView> processor(String group) {
        return processors().stream().filter(view -> view.processingGroup().equals(group)).findFirst();
    }

    public long deadLetterCount() {
        return processors().stream().mapToLong(EventProcessorView::deadLetters).sum();
    }

    public List<String> replaying() {
        return queryGateway.query(new FindReplayingProcessorsQuery(),
                ResponseTypes.multipleInstancesOf(String.class)).join();
    }

    public List<DeadLetterView> deadLetters(String group) {
        return queryGateway.query(new FindDeadLettersQuery(group),
                ResponseTypes.multipleInstancesOf(DeadLetterView.class)).join();
    }

    public void rebuild(String group) {
        commandGateway.sendAndWait(new RebuildProjectionCommand(group));
    }

    /** "Coba lagi" for one sequence, or for all when {@code sequenceId} is null: the sequences drained. */
    public int retry(String group, String sequenceId) {
        Integer drained = commandGateway.sendAndWait(new RetryDeadLettersCommand(group, sequenceId));
        return drained == null ? 0 : drained;
    }

    public int evict(String group, String sequenceId, String reason) {
        Integer evicted = commandGateway.sendAndWait(new EvictDeadLettersCommand(group, sequenceId, reason));
        return evicted == null ? 0 : evicted;
    }

    /** Runs {@code task} every {@code interval} until the returned handle is cancelled. */
    ScheduledFuture<?> every(Duration interval, Runnable task) {
        return timer.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException ignored) {
                // a screen gone or a query refused: the next tick tries again, or the screen cancels it
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
