package id.giliran.api.identity;

import java.util.function.Supplier;

/**
 * The application's own background work (start-up seeding, pollers, event handlers that send commands or
 * queries) says explicitly that it acts as the system: the messages it sends on this thread while {@code work}
 * runs are signed as {@link Caller#system()} by the dispatching side. Nothing else is ever the system: a thread
 * with no signed-in user, no request and no such scope sends unsigned messages, which every handler refuses.
 *
 * <p>The scope is the calling thread's: work handed to another thread (a future's continuation) is not in it.
 */
public final class SystemWork {

    private static final ThreadLocal<Boolean> RUNNING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private SystemWork() {
    }

    public static void run(Runnable work) {
        get(() -> {
            work.run();
            return null;
        });
    }

    public static <T> T get(Supplier<T> work) {
        return within(true, work);
    }

    /** Runs {@code work} on this thread as someone else than the system, also inside {@link #run} (a user's work). */
    public static void outside(Runnable work) {
        within(false, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T within(boolean system, Supplier<T> work) {
        boolean outer = RUNNING.get();
        RUNNING.set(system);
        try {
            return work.get();
        } finally {
            if (outer) {
                RUNNING.set(Boolean.TRUE);
            } else {
                RUNNING.remove();
            }
        }
    }

    /** True while this thread runs work as the system. */
    public static boolean isRunning() {
        return RUNNING.get();
    }
}
