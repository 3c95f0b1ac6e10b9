package org.eldercare.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signed, append-only checkpoint file outside the database. */
class CheckpointFileTest {

    private final AuditTrail trail = new AuditTrail(null, Clock.systemUTC(), "unit-test-audit-key-2026", null, null);

    private static Checkpoint checkpoint(long id) {
        return new Checkpoint(id, id, "ab".repeat(32), Instant.parse("2026-11-25T02:00:00Z").plusSeconds(id));
    }

    @Test
    @DisplayName("Checkpoints are appended as signed lines and read back; the newest is the one with the highest row")
    void appendAndRead(@TempDir Path dir) throws Exception {
        CheckpointFile file = new CheckpointFile(dir.resolve("sub").toString(), trail);
        assertThat(file.read().latest()).isEmpty();
        file.append(checkpoint(10));
        file.append(checkpoint(25));
        CheckpointFile.Contents contents = file.read();
        assertThat(contents.firstInvalidLine()).isNull();
        assertThat(contents.checkpoints()).containsExactly(checkpoint(10), checkpoint(25));
        assertThat(contents.latest()).contains(checkpoint(25));
        assertThat(Files.readAllLines(file.location())).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("1|"));
    }

    @Test
    @DisplayName("An edited line, or one signed with another key, makes the file invalid at that line")
    void editedLineIsReported(@TempDir Path dir) throws Exception {
        CheckpointFile file = new CheckpointFile(dir.toString(), trail);
        file.append(checkpoint(10));
        file.append(checkpoint(25));
        String text = Files.readString(file.location()).replace("1|25|25|", "1|9|9|");
        Files.writeString(file.location(), text);
        assertThat(file.read().firstInvalidLine()).isEqualTo(2);
        assertThat(file.read().checkpoints()).containsExactly(checkpoint(10));

        AuditTrail otherKey = new AuditTrail(null, Clock.systemUTC(), "another-audit-key-2026", null, null);
        assertThat(new CheckpointFile(dir.toString(), otherKey).read().firstInvalidLine()).isEqualTo(1);
    }

    @Test
    @DisplayName("A line cut short by a crash is ignored when reading and removed before the next append")
    void incompleteLineFromACrash(@TempDir Path dir) throws Exception {
        CheckpointFile file = new CheckpointFile(dir.toString(), trail);
        file.append(checkpoint(10));
        Files.writeString(file.location(), "1|11|11|abab", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThat(file.read().firstInvalidLine()).isNull();
        assertThat(file.read().latest()).contains(checkpoint(10));
        file.append(checkpoint(12));
        assertThat(file.read().checkpoints()).containsExactly(checkpoint(10), checkpoint(12));
        assertThat(file.read().firstInvalidLine()).isNull();
    }
}
