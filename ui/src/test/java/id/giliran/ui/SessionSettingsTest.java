package id.giliran.ui;

import id.giliran.GiliranSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.core.env.Environment;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 002: a session ends after 30 idle minutes, and Vaadin's heartbeat does not keep it alive. */
@GiliranSpringTest
class SessionSettingsTest {

    @Autowired
    ServerProperties server;
    @Autowired
    Environment environment;

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }
}
