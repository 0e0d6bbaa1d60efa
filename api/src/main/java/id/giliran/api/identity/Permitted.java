package id.giliran.api.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may send a command or a query. Every command and query of the api carries it: a message
 * without it is refused for everybody but the system itself (deny by default). The system (start-up
 * seeding, pollers, event handlers that send, each inside {@link SystemWork}) may send every message.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Permitted {

    /** The roles that may send the message. */
    Role[] value() default {};

    /**
     * Whether anyone may send it, signed in or not: the kiosk, the display and self-registration
     * are used without signing in (the roles then only document who uses it signed in).
     */
    boolean anyone() default false;
}
