package id.giliran.counseling.command;

import id.giliran.api.counseling.ServiceFrame;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Reads the service frame from its aggregate, in the unit of work of the counselor's command. */
@Component
class RepositoryServiceFrames implements ServiceFrames {

    private final Repository<CounselingServiceFrame> frames;
    private final EventStore eventStore;

    RepositoryServiceFrames(Repository<CounselingServiceFrame> frames, EventStore eventStore) {
        this.frames = frames;
        this.eventStore = eventStore;
    }

    @Override
    public ServiceFrame current() {
        // never set: the default, without asking the repository (which logs every miss as a warning)
        if (eventStore.lastSequenceNumberFor(ServiceFrame.ID).isEmpty()) {
            return ServiceFrame.DEFAULT;
        }
        try {
            return frames.load(ServiceFrame.ID).invoke(CounselingServiceFrame::frame);
        } catch (AggregateNotFoundException notSet) {
            return ServiceFrame.DEFAULT;
        }
    }
}
