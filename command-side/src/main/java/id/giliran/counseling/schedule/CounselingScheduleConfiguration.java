package id.giliran.counseling.schedule;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The counseling pollers: reminders of confirmed sessions and the 24-hour response watch, every
 * {@code giliran.counseling.poll-interval} (default 30s); {@code giliran.counseling.schedule.enabled=false}
 * switches both off on a node (another node, or none, does the work).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CounselingScheduleConfiguration {

    static final String ENABLED = "giliran.counseling.schedule.enabled";
    static final String POLL_INTERVAL = "${giliran.counseling.poll-interval:30s}";
}
