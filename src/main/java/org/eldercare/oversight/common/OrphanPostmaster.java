package org.eldercare.oversight.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server still running on a data directory after the application that started it died (kill -9, out of
 * memory): found through the directory's {@code postmaster.pid} and stopped cleanly (SIGINT = pg_ctl stop -m fast, then
 * SIGQUIT = immediate if it does not finish), so the next start does not wait in vain for a directory held by it.
 */
final class OrphanPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);
    private final Path dataDirectory;

    OrphanPostmaster(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    /** The live PostgreSQL process named by the directory's postmaster.pid, if there is one. */
    Optional<ProcessHandle> find() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive).filter(OrphanPostmaster::isPostgres);
    }

    /** Stops a server left running on the directory; returns whether there was one. */
    boolean stopIfRunning(Duration timeout) {
        Optional<ProcessHandle> orphan = find();
        if (orphan.isEmpty()) {
            return false;
        }
        long pid = orphan.get().pid();
        log.warn("A PostgreSQL server (pid {}) left running by an earlier start still holds {}: stopping it (fast shutdown)",
                pid, dataDirectory);
        if (!signalAndWait(pid, "INT", timeout)) {
            log.warn("PostgreSQL pid {} did not stop within {}s: immediate shutdown", pid, timeout.toSeconds());
            if (!signalAndWait(pid, "QUIT", Duration.ofSeconds(20))) {
                throw new IllegalStateException("PostgreSQL (pid " + pid + ") still holds " + dataDirectory + "; stop it and start again");
            }
        }
        log.info("The earlier PostgreSQL server on {} has stopped", dataDirectory);
        return true;
    }

    private boolean signalAndWait(long pid, String signal, Duration timeout) {
        signal(pid, signal);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (find().isEmpty()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return find().isEmpty();
    }

    /** {@code kill -SIG pid}; where there is no kill command, SIGTERM through the JDK (smart shutdown). */
    static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor();
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        String command = process.info().command().orElse("");
        if (command.isEmpty()) {
            try {
                command = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"), StandardCharsets.ISO_8859_1);
            } catch (IOException | RuntimeException e) {
                return true; // cannot tell: the pid file of a live process is the server's
            }
        }
        return command.contains("postgres");
    }
}
