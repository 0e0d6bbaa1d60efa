package id.giliran.infrastructure;

import com.mongodb.client.MongoClient;
import id.giliran.inbox.query.InboxMailConfiguration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Axon's own state in MongoDB, beside the read models: tracking tokens (so every processor can
 * be stopped, restarted, reset and replayed), sagas, and the dead letters of every processing
 * group (an event a projection cannot handle is kept, in order, instead of being skipped).
 * The Mongo extension has no Spring Boot auto-configuration at 4.12, hence these beans.
 * The inbox mailer has no dead letters: a mail the SMTP server did not take is tried again in place
 * (its processor retries the event), so a notice is never parked and forgotten.
 */
@Configuration(proxyBeanMethods = false)
class AxonMongoConfiguration {

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient mongoClient, MongoDatabaseFactory databaseFactory) {
        return DefaultMongoTemplate.builder()
                                   .mongoDatabase(mongoClient, databaseFactory.getMongoDatabase().getName())
                                   .trackingTokensCollectionName("axon_tracking_tokens")
                                   .sagasCollectionName("axon_sagas")
                                   .deadLetterCollectionName("axon_dead_letters")
                                   .build();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, @Qualifier("serializer") Serializer serializer) {
        return MongoTokenStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
    }

    @Bean
    SagaStore<Object> sagaStore(MongoTemplate axonMongoTemplate, @Qualifier("serializer") Serializer serializer) {
        return MongoSagaStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
    }

    /**
     * Ordered last: Axon's own JPA auto-configuration registers a provider too (dead letters only for
     * processors with {@code axon.eventhandling.processors.<name>.dlq.enabled}), and the provider
     * registered last wins; without the order, events a projection could not handle were skipped.
     */
    @Bean
    ConfigurerModule deadLetterQueues(MongoTemplate axonMongoTemplate) {
        return new OrderedLast(configurer -> configurer.eventProcessing().registerDeadLetterQueueProvider(
                processingGroup -> InboxMailConfiguration.PROCESSING_GROUP.equals(processingGroup) ? null
                        : configuration ->
                MongoSequencedDeadLetterQueue.builder()
                                             .processingGroup(processingGroup)
                                             .mongoTemplate(axonMongoTemplate)
                                             .serializer(configuration.eventSerializer())
                                             .transactionManager(configuration.getComponent(
                                                     TransactionManager.class))
                                             .build()));
    }

    private record OrderedLast(ConfigurerModule module) implements ConfigurerModule {

        @Override
        public void configureModule(org.axonframework.config.Configurer configurer) {
            module.configureModule(configurer);
        }

        @Override
        public int order() {
            return Integer.MAX_VALUE;
        }
    }
}
