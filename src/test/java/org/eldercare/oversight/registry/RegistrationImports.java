package org.eldercare.oversight.registry;

import com.jayway.jsonpath.JsonPath;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registration imports run in the background (#9 item 8): tests wait for an import's job before reading its result. */
public final class RegistrationImports {

    private static final long TIMEOUT_MILLIS = 120_000;

    private RegistrationImports() {
    }

    /** The import id of an upload's 202 answer. */
    public static long id(String acceptedJson) {
        return ((Number) JsonPath.read(acceptedJson, "$.importId")).longValue();
    }

    /** Waits until the import's job has finished and returns its status (DONE or FAILED). */
    public static String awaitFinished(JdbcClient jdbc, long importId) throws InterruptedException {
        long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < end) {
            String status = jdbc.sql("select status from registration_import where id = ?").param(importId).query(String.class).single();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return status;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("import " + importId + " did not finish within " + TIMEOUT_MILLIS / 1000 + " s");
    }

    /** Waits for the import's job and fails unless it is done. */
    public static void awaitDone(JdbcClient jdbc, long importId) throws InterruptedException {
        String status = awaitFinished(jdbc, importId);
        if (!status.equals("DONE")) {
            throw new AssertionError("import " + importId + " " + status + ": " + jdbc.sql(
                    "select failure_reason from registration_import where id = ?").param(importId).query(String.class).single());
        }
    }
}
