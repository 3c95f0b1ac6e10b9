package org.eldercare.oversight.common;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What a database failure means to the user. Spring Data JDBC may wrap the translated exception in its own, so the
 * cause chain is searched.
 */
public final class Failures {

    private Failures() {
    }

    /** A unique constraint refused the write: the thing already exists (two users did the same at once). */
    public static boolean isDuplicateKey(Throwable e) {
        return has(e, DuplicateKeyException.class);
    }

    /** The row changed since it was read (a version check failed): someone else acted first. */
    public static boolean isOptimisticLock(Throwable e) {
        return has(e, OptimisticLockingFailureException.class);
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
