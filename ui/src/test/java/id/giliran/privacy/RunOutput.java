package id.giliran.privacy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything an application run says: every Logback event of the root logger (with {@code id.giliran} at
 * DEBUG, so debug-only lines count too), formatted with its arguments, logger, MDC and whole exception
 * chain; and every byte written to {@code System.out} and {@code System.err}.
 * <p>
 * Spring Boot resets Logback when it initialises logging, which would drop an appender attached before the
 * start: {@link #listener()} attaches it right after that, on the same event.
 */
final class RunOutput implements AutoCloseable {

    private final List<String> lines = new ArrayList<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final Appender appender = new Appender();
    private Level originalLevel;

    RunOutput() {
        System.setOut(new PrintStream(new Tee(originalOut, console), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(originalErr, console), true, StandardCharsets.UTF_8));
    }

    /** To pass to {@code SpringApplicationBuilder.listeners(..)}. */
    SmartApplicationListener listener() {
        return new SmartApplicationListener() {
            @Override
            public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
                return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType);
            }

            @Override
            public void onApplicationEvent(ApplicationEvent event) {
                attach();
            }

            @Override
            public int getOrder() {
                return LoggingApplicationListener.DEFAULT_ORDER + 1;
            }
        };
    }

    void attach() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(Appender.NAME) == null) {
            appender.setContext(context);
            appender.setName(Appender.NAME);
            appender.start();
            root.addAppender(appender);
        }
        Logger giliran = context.getLogger("id.giliran");
        if (originalLevel == null) {
            originalLevel = giliran.getLevel() == null ? Level.INFO : giliran.getLevel();
        }
        giliran.setLevel(Level.DEBUG);
    }

    /** The log lines captured so far, one string each (with their exception chains). */
    synchronized List<String> logLines() {
        return List.copyOf(lines);
    }

    /** The log lines and the console output as one text. */
    synchronized String text() {
        return String.join("\n", lines) + "\n" + console.toString(StandardCharsets.UTF_8);
    }

    synchronized String consoleText() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
        if (originalLevel != null) {
            context.getLogger("id.giliran").setLevel(originalLevel);
        }
    }

    private synchronized void add(String line) {
        lines.add(line);
    }

    private final class Appender extends AppenderBase<ILoggingEvent> {
        static final String NAME = "giliran-run-output";

        @Override
        protected void append(ILoggingEvent event) {
            StringBuilder line = new StringBuilder().append(event.getLevel()).append(' ')
                    .append(event.getLoggerName()).append(" [").append(event.getThreadName()).append("] ")
                    .append(event.getFormattedMessage());
            if (!event.getMDCPropertyMap().isEmpty()) {
                line.append(" mdc=").append(event.getMDCPropertyMap());
            }
            for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
                line.append("\n  caused by ").append(cause.getClassName()).append(": ").append(cause.getMessage());
                for (IThrowableProxy suppressed : cause.getSuppressed()) {
                    line.append("\n  suppressed ").append(suppressed.getClassName()).append(": ")
                        .append(suppressed.getMessage());
                }
                for (StackTraceElementProxy frame : cause.getStackTraceElementProxyArray()) {
                    line.append("\n    at ").append(frame.getSTEAsString());
                }
            }
            add(line.toString());
        }
    }

    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final ByteArrayOutputStream second;

        Tee(OutputStream first, ByteArrayOutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) {
            synchronized (second) {
                second.write(b);
            }
            try {
                first.write(b);
            } catch (java.io.IOException ignored) {
                // the original console went away: the capture still has it
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (second) {
                second.write(b, off, len);
            }
            try {
                first.write(b, off, len);
            } catch (java.io.IOException ignored) {
                // as above
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
        }
    }
}
