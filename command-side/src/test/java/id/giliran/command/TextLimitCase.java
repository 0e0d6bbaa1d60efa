package id.giliran.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.util.function.Function;

import static org.hamcrest.Matchers.startsWith;

/**
 * One free-text field of one command, for the table-driven limit tests of each aggregate: a text of exactly the
 * field's {@link TextLimit} is accepted, one character more is refused with TEXT_TOO_LONG naming the field and
 * no event.
 *
 * @param field   what the row tests, shown as the test's name
 * @param limit   the field's limit
 * @param command the command carrying the text
 * @param caller  who sends it
 * @param given   the aggregate's history before it
 */
public record TextLimitCase(String field, TextLimit limit, Function<String, Object> command, MetaData caller,
                            Object... given) {

    /** Runs both halves on {@code fixture}: the longest text accepted, one character more refused. */
    public <T> void verify(FixtureConfiguration<T> fixture) {
        fixture.given(given)
               .when(command.apply("a".repeat(limit.max())), caller)
               .expectSuccessfulHandlerExecution();
        fixture.given(given)
               .when(command.apply("a".repeat(limit.max() + 1)), caller)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.TEXT_TOO_LONG.name())
               .expectExceptionMessage(startsWith(limit.name() + ":"))
               .expectNoEvents();
    }

    @Override
    public String toString() {
        return field + " (" + limit + ", " + limit.max() + ")";
    }
}
