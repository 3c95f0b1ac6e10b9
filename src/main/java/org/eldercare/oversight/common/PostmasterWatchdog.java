package org.eldercare.oversight.common;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the embedded PostgreSQL when the application dies without closing it (kill -9, out of memory): a tiny shell
 * reads a line from a pipe whose other end only this JVM holds. A normal close writes {@code keep} (the application
 * stops the server itself); if the JVM dies, the shell reads end-of-file and sends the server SIGINT (fast shutdown).
 * Only where {@code /bin/sh} exists; elsewhere {@link OrphanPostmaster} still stops the server at the next start.
 */
final class PostmasterWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostmasterWatchdog.class);
    private final Process shell;

    private PostmasterWatchdog(Process shell) {
        this.shell = shell;
    }

    /** Watches the given server process; null where no watchdog can run. */
    static PostmasterWatchdog watch(long postmasterPid) {
        if (!new File("/bin/sh").canExecute()) {
            return null;
        }
        String script = "read line; [ \"$line\" = keep ] || kill -INT " + postmasterPid;
        try {
            Process shell = new ProcessBuilder("/bin/sh", "-c", script)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new PostmasterWatchdog(shell);
        } catch (IOException e) {
            log.warn("No watchdog for the embedded PostgreSQL (pid {}): {}", postmasterPid, e.getMessage());
            return null;
        }
    }

    /** What happens when the JVM dies: the pipe closes without a word. */
    void abandon() throws IOException {
        shell.getOutputStream().close();
    }

    /** Waits for the watchdog to end; true if it did. */
    boolean awaitExit(long seconds) throws InterruptedException {
        return shell.waitFor(seconds, TimeUnit.SECONDS);
    }

    /** Tells the watchdog to exit without touching the server. */
    @Override
    public void close() {
        try (OutputStream in = shell.getOutputStream()) {
            in.write("keep\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            shell.destroy(); // already gone (e.g. Ctrl-C reached it first)
        }
    }
}
