package id.giliran.queue.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.queue.AverageServiceTimeSetEvent;
import id.giliran.api.queue.NotifyAheadSetEvent;
import id.giliran.api.queue.SetNotifyAheadCommand;
import id.giliran.api.queue.ConfigureQueueCommand;
import id.giliran.api.queue.SetAverageServiceTimeCommand;
import id.giliran.api.queue.QueueConfiguredEvent;
import id.giliran.api.queue.PriorityRatio;
import id.giliran.api.queue.QueueSettingsView;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimits;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The Puskesmas' queue settings; until an admin sets them, {@link PriorityRatio#DEFAULT} and spoken calls on. */
@Aggregate
public class QueueSettings {

    @AggregateIdentifier
    private String settingsId;
    private QueueSettingsView view = QueueSettingsView.DEFAULT;

    protected QueueSettings() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ConfigureQueueCommand command) {
        if (command.ratio() == null) {
            throw new BusinessRuleViolation(ErrorCode.RATIO_INVALID, "a calling ratio is required");
        }
        String runningText = command.runningText() == null ? "" : command.runningText().strip();
        TextLimits.require(TextLimit.RUNNING_TEXT, runningText);
        if ((command.opensAt() == null) != (command.closesAt() == null)
                || command.opensAt() != null && !command.opensAt().isBefore(command.closesAt())) {
            throw new BusinessRuleViolation(ErrorCode.HOURS_INVALID,
                    "service hours need both an opening and a later closing time, or neither");
        }
        apply(new QueueConfiguredEvent(command.settingsId(), command.ratio(), command.spokenCalls(), runningText,
                command.opensAt(), command.closesAt(),
                command.closedDays() == null ? List.of() : List.copyOf(new TreeSet<>(command.closedDays()))));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetAverageServiceTimeCommand command) {
        if (command.minutes() < 1 || command.minutes() > 120) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "an average service time is 1 to 120 minutes");
        }
        apply(new AverageServiceTimeSetEvent(command.settingsId(), command.minutes()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetNotifyAheadCommand command) {
        if (command.tickets() < 1 || command.tickets() > QueueSettingsView.MAX_NOTIFY_AHEAD) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT,
                    "notify 1 to " + QueueSettingsView.MAX_NOTIFY_AHEAD + " tickets ahead");
        }
        apply(new NotifyAheadSetEvent(command.settingsId(), command.tickets()));
    }

    QueueSettingsView view() {
        return view;
    }

    @EventSourcingHandler
    void on(QueueConfiguredEvent event) {
        settingsId = event.settingsId();
        view = new QueueSettingsView(event.ratio(), event.spokenCalls(), event.runningText(), event.opensAt(),
                event.closesAt(), event.closedDays() == null ? List.of() : event.closedDays(),
                view.averageServiceMinutes(), view.notifyAhead());
    }

    @EventSourcingHandler
    void on(AverageServiceTimeSetEvent event) {
        settingsId = event.settingsId();
        view = new QueueSettingsView(view.ratio(), view.spokenCalls(), view.runningText(), view.opensAt(),
                view.closesAt(), view.closedDays(), event.minutes(), view.notifyAhead());
    }

    @EventSourcingHandler
    void on(NotifyAheadSetEvent event) {
        settingsId = event.settingsId();
        view = new QueueSettingsView(view.ratio(), view.spokenCalls(), view.runningText(), view.opensAt(),
                view.closesAt(), view.closedDays(), view.averageServiceMinutes(), event.tickets());
    }
}
