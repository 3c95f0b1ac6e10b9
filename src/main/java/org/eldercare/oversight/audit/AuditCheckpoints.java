package org.eldercare.oversight.audit;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Anchors the chain's head: verifies the rows since the newest checkpoint and, if they are intact and the head moved,
 * appends a signed checkpoint of the head to the file outside the database. Runs periodically
 * ({@link AuditHousekeeping}), at shutdown, and on the audit administrator's demand. A chain that fails verification
 * gets no checkpoint, so the last good one keeps pointing at where the trouble started.
 */
@Component
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    private final AuditVerifier verifier;
    private final CheckpointFile file;
    private final Clock clock;

    AuditCheckpoints(AuditVerifier verifier, CheckpointFile file, Clock clock) {
        this.verifier = verifier;
        this.file = file;
        this.clock = clock;
    }

    /** {@code checkpoint} is the one written, or null when none was (chain not intact, or no new rows). */
    record Outcome(Checkpoint checkpoint, ChainVerification verification) {
        boolean written() {
            return checkpoint != null;
        }
    }

    synchronized Outcome checkpoint() {
        ChainVerification v = verifier.verify(false);
        if (!v.isIntact()) {
            log.error("Audit chain verification failed ({}, first broken row {}, checkpoint {}); no checkpoint written",
                    v.status(), v.firstBrokenId(), v.checkpointId());
            return new Outcome(null, v);
        }
        if (v.headId() == null || v.headId().equals(v.fromCheckpointId())) {
            return new Outcome(null, v);
        }
        Checkpoint c = new Checkpoint(v.headId(), v.rows(), v.headMac(), Instant.now(clock));
        file.append(c);
        log.info("Audit checkpoint written: row {} ({} rows)", c.id(), c.rows());
        return new Outcome(c, v);
    }

    /** Whether a checkpoint exists already (then a new one only verifies the rows since). */
    boolean anchored() {
        return file.read().latest().isPresent();
    }
}
