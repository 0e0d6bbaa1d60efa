package id.giliran;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the Spring context under test back in charge of {@link SecurityContextHolder} before each test.
 *
 * <p>Vaadin's security configuration makes a {@code VaadinAwareSecurityContextHolderStrategy} bean
 * with a thread-local of its own and installs it in the static holder when a context starts. In
 * production one context runs per JVM; in the test JVM every other context that starts afterwards
 * (the {@code axonserver}-profile contexts that are meant to fail, the restart tests' contexts)
 * replaces the static strategy, while the shared context's security filters keep the one they were
 * built with. Requests then set and clear one thread-local while views read another one that
 * nobody clears, so a Tomcat thread can keep an earlier request's sign-in: the sign-in page
 * forwarded an anonymous browser to the start page, which sent it back to the sign-in page, until
 * the stack overflowed (CI, 2 runs out of 6).
 */
public class SecurityStrategyOfTheContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        restore(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        restore(testContext);
    }

    private static void restore(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }

    @Override
    public int getOrder() {
        // after the dependency injection listener (2000), which loads the context
        return 2500;
    }
}
