package id.giliran.privacy;

import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class LogSafeTest {

    private static final String NIK = "3509015503950123";

    private static String printed(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void canDescribeAChainByItsClassesAndErrorCodeWithoutItsMessages() {
        IllegalStateException driver = new IllegalStateException("E11000 duplicate key: { _id: \"nik:" + NIK + "\" }");
        CommandExecutionException refused = new CommandExecutionException("nik " + NIK + " is taken", driver,
                "NIK_ALREADY_REGISTERED");

        assertThat(LogSafe.describe(refused)).isEqualTo(
                "org.axonframework.commandhandling.CommandExecutionException [NIK_ALREADY_REGISTERED]"
                        + " <- java.lang.IllegalStateException")
                                             .doesNotContain(NIK);
    }

    @Test
    void canRedactAFailureKeepingItsFramesCausesAndSuppressedOnes() {
        IllegalArgumentException cause = new IllegalArgumentException("Cannot deserialize \"Siti Aminah\"");
        RuntimeException failure = new RuntimeException("for " + NIK, cause);
        failure.addSuppressed(new IllegalStateException("also " + NIK));

        Throwable redacted = LogSafe.redacted(failure);

        assertThat(printed(redacted)).doesNotContain(NIK, "Siti Aminah")
                                     .contains("java.lang.RuntimeException", "java.lang.IllegalArgumentException",
                                             "java.lang.IllegalStateException", "canRedactAFailure");
        assertThat(redacted.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(redacted.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
    }

    @Test
    void cannotLoopOnACauseChainThatPointsBackAtItself() {
        RuntimeException first = new RuntimeException("a");
        RuntimeException second = new RuntimeException("b", first);
        first.initCause(second);

        assertThat(LogSafe.describe(first)).isEqualTo("java.lang.RuntimeException <- java.lang.RuntimeException");
        assertThat(LogSafe.redacted(first).getCause().getCause()).isNull();
    }
}
