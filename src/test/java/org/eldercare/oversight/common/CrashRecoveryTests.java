package org.eldercare.oversight.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Crash safety of the zero-setup embedded mode: the platform runs as its own JVM on a data directory, is killed with
 * SIGKILL while it writes (its database watchdog too, so the PostgreSQL server is left running, as after an
 * out-of-memory kill), and starts again on the same directory with no manual step, keeping every acknowledged write.
 */
class CrashRecoveryTests {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    private static final int ACKNOWLEDGED_BEFORE_KILL = 12;
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int BASE = new Random().nextInt(5_000_000);
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Test
    @Timeout(360)
    @DisplayName("kill -9 while writing: the next start on the same data directory needs no manual step and keeps every acknowledged write")
    void everyAcknowledgedWriteSurvivesKill9() throws Exception {
        Path root = Files.createTempDirectory("eo-crash");
        Path dataDir = root.resolve("pg");
        PlatformProcess first = null;
        PlatformProcess second = null;
        try {
            first = PlatformProcess.start(dataDir, root.resolve("first.log"), START_TIMEOUT);
            List<String> acknowledged = writeUntilKilled(first);
            assertThat(new OrphanPostmaster(dataDir).find()).as("the server outlives the killed JVM").isPresent();

            second = PlatformProcess.start(dataDir, root.resolve("second.log"), START_TIMEOUT);
            for (String uscc : acknowledged) {
                assertThat(second.get("/api/v1/institutions/" + uscc).statusCode()).as("acknowledged institution " + uscc).isEqualTo(200);
            }
            assertThat(second.logTail()).doesNotContain("Gave up waiting");
        } finally {
            stopAll(dataDir, first, second);
            TestDirectories.deleteTree(root);
        }
    }

    /** Writes from a second thread; kills the platform once enough writes were acknowledged, while more are in flight. */
    private static List<String> writeUntilKilled(PlatformProcess platform) throws Exception {
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        Thread writer = new Thread(() -> {
            while (true) {
                String uscc = uscc("532301");
                try {
                    int status = platform.postJson("/api/v1/institutions", institutionJson(uscc)).statusCode();
                    if (status != 201) {
                        throw new IllegalStateException("write refused with " + status);
                    }
                    acknowledged.add(uscc);
                } catch (IOException | InterruptedException killed) {
                    return;
                }
            }
        }, "crash-test-writer");
        writer.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && writer.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(acknowledged).as("writes acknowledged before the kill; log:\n" + platform.logTail())
                .hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        platform.killHard();
        writer.join(Duration.ofSeconds(60).toMillis());
        return List.copyOf(acknowledged);
    }

    private static void stopAll(Path dataDir, PlatformProcess... platforms) throws InterruptedException {
        for (PlatformProcess p : platforms) {
            if (p != null) {
                p.killHard();
            }
        }
        Optional<ProcessHandle> orphan = new OrphanPostmaster(dataDir).find();
        if (orphan.isPresent()) {
            OrphanPostmaster.signal(orphan.get().pid(), "QUIT");
            orphan.get().onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
        }
    }

    /** A fresh valid 统一社会信用代码 (authority 5 民政, type 2) registered in the county. */
    private static String uscc(String county) {
        String first17 = "52" + county + String.format("MC%07d", BASE + SEQ.incrementAndGet());
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + CHARSET.charAt((31 - sum % 31) % 31);
    }

    private static String institutionJson(String uscc) {
        return """
                {"uscc":"%s","name":"崩溃测试养老院%s","legalForm":"NON_PROFIT","kind":"NURSING_HOME","address":"楚雄市鹿城镇测试路1号",
                 "regionCode":"532301101000","legalRepName":"张三","principalName":"李四","contactName":"王五",
                 "contactPhone":"13812345678","bedsTotal":100,"nursingBeds":60,"residents":40,"staff":20,
                 "fireAcceptance":"PASSED","operatingStatus":"OPERATING"}""".formatted(uscc, uscc.substring(10, 17));
    }
}
