package org.eldercare.oversight.common;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eldercare.oversight.EldercareOversightApplication;

/**
 * The platform started as a separate JVM ({@code java -cp <this JVM's class path> EldercareOversightApplication}) on an
 * embedded data directory with the demo profile, its output in a log file; for tests that kill it.
 */
final class PlatformProcess {

    static final String DEMO_USER = "demo-county";
    private static final String DEMO_PASSWORD = "Demo@2026pass";
    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PlatformProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the platform on {@code dataDir} and waits until it answers an authenticated API call. */
    static PlatformProcess start(Path dataDir, Path log, Duration timeout) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8", EldercareOversightApplication.class.getName(),
                "--spring.profiles.active=demo", "--server.port=" + port, "--eldercare.embedded-db.data-dir=" + dataDir));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // always the embedded mode, also in the CI pass that points the test JVM at a PostgreSQL server
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("ELDERCARE_"));
        PlatformProcess platform = new PlatformProcess(builder.start(), log, port);
        platform.awaitReady(timeout);
        return platform;
    }

    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the platform exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (get("/api/v1/institutions?q=none").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the platform did not get ready within " + timeout.toSeconds() + "s:\n" + logTail());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        String basic = Base64.getEncoder().encodeToString((DEMO_USER + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json");
    }

    /**
     * SIGKILL to the JVM and to every process it started that is still its descendant: the database watchdog first, so it
     * cannot stop the server; the server itself is no descendant and lives on, as after an out-of-memory kill.
     */
    void killHard() throws InterruptedException {
        for (ProcessHandle child : process.descendants().toList()) {
            child.destroyForcibly();
            child.onExit().completeOnTimeout(child, 10, TimeUnit.SECONDS).join();
        }
        process.destroyForcibly();
        process.waitFor();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
