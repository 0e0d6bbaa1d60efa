package id.giliran.counseling.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.counseling.ServiceFrame;
import id.giliran.api.counseling.ServiceFrameSetEvent;
import id.giliran.api.counseling.SetServiceFrameCommand;
import id.giliran.api.counseling.WeeklyHours;
import id.giliran.api.identity.Caller;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The school's counseling service frame (one, id {@link ServiceFrame#ID}), set by ADMIN: the weekly
 * hours inside which every counselor's hours must lie. {@link ServiceFrame#DEFAULT} until it is set.
 */
@Aggregate
public class CounselingServiceFrame {

    @AggregateIdentifier
    private String frameId;
    private ServiceFrame frame = ServiceFrame.DEFAULT;

    protected CounselingServiceFrame() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetServiceFrameCommand command, MetaData metaData) {
        if (!ServiceFrame.ID.equals(command.frameId())) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "the service frame is " + ServiceFrame.ID);
        }
        List<WeeklyHours> hours = HoursRules.requireWellFormed(command.hours());
        apply(new ServiceFrameSetEvent(command.frameId(), hours, Caller.fromMetaData(metaData).username()));
    }

    ServiceFrame frame() {
        return frame;
    }

    @EventSourcingHandler
    void on(ServiceFrameSetEvent event) {
        frameId = event.frameId();
        frame = new ServiceFrame(event.hours());
    }
}
