package id.giliran.counseling.ui;

import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectKind;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * On an erasure of an account holder's data, deletes every profile photo that account stored as a counselor
 * (the current one and any it replaced). The photos are sealed with that account's key, so they are unreadable
 * from the moment the key is destroyed; this removes the files as well. Never replayed: a replay would delete the
 * photos a counselor stored after an erasure. The processor starts at the head of the stream the first time:
 * there is nothing older to delete.
 */
@Component
@ProcessingGroup(CounselorPhotoErasure.PROCESSING_GROUP)
@DisallowReplay
class CounselorPhotoErasure {

    static final String PROCESSING_GROUP = "counselor-photo-erasure";

    private final CounselorPhotos photos;

    CounselorPhotoErasure(CounselorPhotos photos) {
        this.photos = photos;
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        if (event.kind() == SubjectKind.ACCOUNT && event.subjectId() != null && !event.subjectId().isBlank()) {
            photos.eraseAllOf(event.subjectId());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Processing {

        @Bean
        ConfigurerModule counselorPhotoErasureProcessing() {
            return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                    PROCESSING_GROUP, configuration -> TrackingEventProcessorConfiguration
                            .forSingleThreadedProcessing()
                            .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
        }
    }
}
