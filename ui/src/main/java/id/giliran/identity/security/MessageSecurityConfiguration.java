package id.giliran.identity.security;

import id.giliran.privacy.MasterKeys;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link MessageSecurity} on this process's buses: every command and query it sends carries its caller, signed
 * with the key derived from the master key; every one it handles is refused without a valid signature or
 * without the caller's permission; live updates of subscription queries reach only permitted subscribers.
 */
@Configuration(proxyBeanMethods = false)
class MessageSecurityConfiguration {

    @Bean
    static MessageSecurity messageSecurity(MasterKeys masterKeys) {
        return new MessageSecurity(new CallerSignature(masterKeys));
    }

    @Autowired
    void secure(MessageSecurity messageSecurity, CommandBus commandBus, QueryBus queryBus, QueryGateway queryGateway) {
        messageSecurity.dispatchSide(commandBus, queryBus, queryGateway);
        messageSecurity.handlerSide(commandBus, queryBus);
    }

    /** The one query update emitter (projections emit through it, every query bus registers subscriptions on it). */
    @Bean
    static BeanPostProcessor guardedQueryUpdates(ObjectProvider<MessageSecurity> messageSecurity) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof QueryUpdateEmitter emitter ? messageSecurity.getObject().guarded(emitter) : bean;
            }
        };
    }
}
