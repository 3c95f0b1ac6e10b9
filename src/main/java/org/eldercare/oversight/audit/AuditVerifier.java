package org.eldercare.oversight.audit;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit chain against its MACs and against the signed checkpoints kept outside the database. By default
 * only the part after the newest checkpoint is recomputed (the checkpoint vouches for everything before it, and its
 * own row must still be there, unchanged); a full verification walks the chain from its first row and checks every
 * checkpoint on the way. Either way a chain whose head lies before the newest checkpoint is reported truncated.
 */
@Service
class AuditVerifier {

    private static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(AuditVerifier.class);
    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final CheckpointFile checkpoints;

    AuditVerifier(JdbcClient jdbc, AuditTrail trail, CheckpointFile checkpoints) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.checkpoints = checkpoints;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify(boolean full) {
        CheckpointFile.Contents contents = checkpoints.read();
        if (contents.firstInvalidLine() != null) {
            log.warn("Audit checkpoint file {}: line {} is not a validly signed checkpoint", checkpoints.location(),
                    contents.firstInvalidLine());
            return ChainVerification.checkpointInvalid(full, contents.firstInvalidLine());
        }
        Optional<Checkpoint> latest = contents.latest();
        if (full || latest.isEmpty()) {
            return new Walk(true, null, AuditTrail.GENESIS, 0, 0, contents.checkpoints()).run();
        }
        Checkpoint c = latest.get();
        return new Walk(false, c.id(), null, c.id() - 1, c.rows() - 1, List.of(c)).run();
    }

    /** One pass over the rows after {@code lastId}; {@code prev} null means the first row's link is vouched for. */
    private final class Walk {
        private final boolean full;
        private final Long from;
        private final Deque<Checkpoint> anchors;
        private String prev;
        private long lastId;
        private long rows;
        private long verified;

        Walk(boolean full, Long from, String prev, long afterId, long rowsBefore, Collection<Checkpoint> anchors) {
            this.full = full;
            this.from = from;
            this.prev = prev;
            this.lastId = afterId;
            this.rows = rowsBefore;
            TreeMap<Long, Checkpoint> byId = new TreeMap<>();
            anchors.forEach(c -> byId.put(c.id(), c));
            this.anchors = new ArrayDeque<>(byId.values());
        }

        ChainVerification run() {
            while (true) {
                List<AuditRecord> batch = jdbc.sql("select * from audit_log where id > ? order by id limit ?")
                        .params(lastId, BATCH).query(AuditRecord.class).list();
                if (batch.isEmpty()) {
                    return end();
                }
                for (AuditRecord r : batch) {
                    Long broken = step(r);
                    if (broken != null) {
                        log.warn("Audit chain broken at row {}", broken);
                        return ChainVerification.broken(full, rows, verified, from, broken);
                    }
                }
            }
        }

        /** Checks one row; returns the id of the first row found broken or missing, or null. */
        private Long step(AuditRecord r) {
            Checkpoint anchor = anchors.peekFirst();
            if (anchor != null && anchor.id() < r.id()) {
                return anchor.id(); // the row a checkpoint vouched for is gone
            }
            if ((prev != null && !prev.equals(r.prevMac())) || !trail.macMatches(r)) {
                return r.id();
            }
            if (anchor != null && anchor.id() == r.id()) {
                if (!anchor.mac().equals(r.mac())) {
                    return r.id();
                }
                anchors.removeFirst();
            }
            prev = r.mac();
            lastId = r.id();
            rows++;
            verified++;
            return null;
        }

        private ChainVerification end() {
            long max = jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
            Long head = max == 0 ? null : max;
            if (!anchors.isEmpty()) {
                long newest = anchors.peekLast().id();
                log.warn("Audit chain truncated: its head {} lies before checkpoint {}", head, newest);
                return ChainVerification.truncated(full, rows, verified, from, head, newest);
            }
            return ChainVerification.intact(full, rows, verified, from, verified == 0 ? head : Long.valueOf(lastId), prev);
        }
    }
}
