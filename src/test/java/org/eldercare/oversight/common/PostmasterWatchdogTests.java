package org.eldercare.oversight.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The watchdog that stops the embedded server when the JVM dies without closing it. */
class PostmasterWatchdogTests {

    @Test
    @DisplayName("When the JVM's end of the pipe closes without a word (the JVM died), the watched process gets SIGINT")
    void jvmDeathStopsTheServer() throws Exception {
        assumeTrue(new File("/bin/sh").canExecute());
        Process server = new ProcessBuilder("sleep", "300").start();
        try {
            PostmasterWatchdog watchdog = PostmasterWatchdog.watch(server.pid());
            assertThat(watchdog).isNotNull();
            watchdog.abandon();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("the watched process was stopped").isTrue();
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    @DisplayName("A normal close lets the watchdog exit without touching the server")
    void normalCloseLeavesTheServerAlone() throws Exception {
        assumeTrue(new File("/bin/sh").canExecute());
        Process server = new ProcessBuilder("sleep", "300").start();
        try {
            PostmasterWatchdog watchdog = PostmasterWatchdog.watch(server.pid());
            watchdog.close();
            assertThat(watchdog.awaitExit(30)).isTrue();
            assertThat(server.isAlive()).isTrue();
        } finally {
            server.destroyForcibly();
        }
    }
}
