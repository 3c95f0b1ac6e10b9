package org.eldercare.oversight.audit;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The append-only file of signed checkpoints ({@code eldercare.audit.checkpoint-dir}/audit-checkpoints.log), outside
 * the database, so that deleting the newest audit rows is detected. Lines are only ever appended and forced to disk.
 * A blank directory setting (tests) means a temporary directory that lives as long as this application context.
 */
@Component
class CheckpointFile {

    static final String NAME = "audit-checkpoints.log";
    private static final Logger log = LoggerFactory.getLogger(CheckpointFile.class);
    private final Path file;
    private final Path temporaryDir;
    private final AuditTrail trail;

    CheckpointFile(@Value("${eldercare.audit.checkpoint-dir:}") String dir, AuditTrail trail) throws IOException {
        this.trail = trail;
        this.temporaryDir = dir == null || dir.isBlank() ? Files.createTempDirectory("eldercare-audit-checkpoints") : null;
        this.file = (temporaryDir != null ? temporaryDir : Path.of(dir)).toAbsolutePath().resolve(NAME);
        log.info("Audit checkpoints are kept in {}", file);
    }

    /** What the file holds: its valid checkpoints in order, and the number of the first line that is not one. */
    record Contents(List<Checkpoint> checkpoints, Integer firstInvalidLine) {
        Optional<Checkpoint> latest() {
            return checkpoints.stream().max(Comparator.comparingLong(Checkpoint::id));
        }
    }

    /** Reads every line; a last line without its newline is an append cut short by a crash and is skipped. */
    Contents read() {
        if (!Files.exists(file)) {
            return new Contents(List.of(), null);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        String[] lines = text.split("\n", -1);
        List<Checkpoint> valid = new ArrayList<>();
        for (int i = 0; i < lines.length - 1; i++) {
            Checkpoint c = Checkpoint.parse(lines[i], trail);
            if (c == null) {
                return new Contents(valid, i + 1);
            }
            valid.add(c);
        }
        return new Contents(valid, null);
    }

    /** Appends one line ({@code O_APPEND}, so concurrent writers cannot overwrite each other) and forces it to disk. */
    synchronized void append(Checkpoint c) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    dropIncompleteLine(ch);
                }
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ch.write(ByteBuffer.wrap((c.line(trail) + "\n").getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append the audit checkpoint to " + file, e);
        }
    }

    /** A crash during an append can leave a line without its newline; it was never a checkpoint, so it is cut off. */
    private void dropIncompleteLine(FileChannel ch) throws IOException {
        long size = ch.size();
        int tail = (int) Math.min(size, 4096);
        ByteBuffer buf = ByteBuffer.allocate(tail);
        ch.read(buf, size - tail);
        int end = tail;
        while (end > 0 && buf.get(end - 1) != '\n') {
            end--;
        }
        if (end < tail && (end > 0 || size == tail)) {
            log.warn("Removing an incomplete checkpoint line at the end of {}", file);
            ch.truncate(size - tail + end);
        }
    }

    Path location() {
        return file;
    }

    @PreDestroy
    void removeTemporary() throws IOException {
        if (temporaryDir != null) {
            FileSystemUtils.deleteRecursively(temporaryDir);
        }
    }
}
