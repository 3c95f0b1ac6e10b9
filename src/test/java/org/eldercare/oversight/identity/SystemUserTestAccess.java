package org.eldercare.oversight.identity;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Test helper: runs service calls as the platform-wide system principal. */
public final class SystemUserTestAccess {

    private SystemUserTestAccess() {
    }

    public static <T> T asRoot(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        SystemUser.runAsRoot(() -> result.set(work.get()));
        return result.get();
    }
}
