package id.giliran.audit.recording;

import id.giliran.api.identity.Caller;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Attribution: every event inherits the acting user, roles and client address of the command
 * that caused it (correlation data), and every command outcome is recorded.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    CorrelationDataProvider callerCorrelation() {
        return new SimpleCorrelationDataProvider(Caller.USERNAME, Caller.ROLES, Caller.CLIENT_ADDRESS);
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, AuditRecorder auditRecorder) {
        return new AuditingCommandGateway(DefaultCommandGateway.builder().commandBus(commandBus).build(), auditRecorder);
    }
}
