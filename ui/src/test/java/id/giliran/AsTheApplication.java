package id.giliran;

import id.giliran.identity.security.Callers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

import java.lang.reflect.Method;

/**
 * For tests whose own code plays the application itself (seeding clinics, issuing tickets as a kiosk would,
 * waiting for a read model): each test method and its set-up run inside {@link Callers#asSystem}, and Awaitility
 * polls on the test thread, which is in that scope. Parts that act as a person say so with {@link Callers#runAs};
 * work handed to other threads (an executor's tasks) says {@code Callers.asSystem} itself, as production code
 * must: a thread without a user is refused.
 */
public final class AsTheApplication implements InvocationInterceptor, BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        Awaitility.pollInSameThread();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Awaitility.reset();
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext extensionContext) throws Throwable {
        asSystem(invocation);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation,
                                          ReflectiveInvocationContext<Method> invocationContext,
                                          ExtensionContext extensionContext) throws Throwable {
        asSystem(invocation);
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation,
                                         ReflectiveInvocationContext<Method> invocationContext,
                                         ExtensionContext extensionContext) throws Throwable {
        asSystem(invocation);
    }

    private static void asSystem(Invocation<Void> invocation) throws Throwable {
        Throwable[] failure = new Throwable[1];
        Callers.asSystem(() -> {
            try {
                invocation.proceed();
            } catch (Throwable thrown) {
                failure[0] = thrown;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
