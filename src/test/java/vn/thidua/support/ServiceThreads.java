package vn.thidua.support;

import java.util.Arrays;

/**
 * Where the service's threads are: a {@code @QuarkusTest} runs the service in the tests' JVM, so a test that sends a
 * request by hand can wait until the service has reached a given point of it (e.g. is streaming a body into the
 * store) instead of sleeping and hoping it has.
 */
public final class ServiceThreads {

    private ServiceThreads() {
    }

    /** Whether some thread is now running {@code method} of {@code type} (its own code, not a CDI proxy's). */
    public static boolean inside(Class<?> type, String method) {
        return Thread.getAllStackTraces().values().stream().flatMap(Arrays::stream)
                .anyMatch(frame -> frame.getClassName().equals(type.getName()) && frame.getMethodName().equals(method));
    }
}
