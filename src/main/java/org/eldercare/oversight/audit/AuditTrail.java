package org.eldercare.oversight.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eldercare.oversight.common.Sm3;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends rows to the chained audit log. Each row's MAC is HMAC-SM3(key, previous row's MAC | canonical row);
 * appends are serialised by an advisory lock so the chain order equals the id order. The same key signs the
 * checkpoints that anchor the chain's head outside the database ({@link CheckpointFile}); {@link AuditVerifier} checks both.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    private static final long CHAIN_LOCK = 0x45_4f_41_55_44L; // "EOAUD"
    private final JdbcClient jdbc;
    private final Clock clock;
    private final byte[] key;
    private final TransactionTemplate newTransaction;
    private final AuditWriteMonitor monitor;

    AuditTrail(JdbcClient jdbc, Clock clock, @Value("${eldercare.audit.hmac-key}") String key,
               PlatformTransactionManager transactions, AuditWriteMonitor monitor) {
        this.jdbc = jdbc;
        this.clock = clock;
        if (key == null || key.length() < 16) {
            throw new IllegalStateException("eldercare.audit.hmac-key must be at least 16 characters");
        }
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.monitor = monitor;
    }

    /**
     * Records in its own transaction: an audit row survives the rollback of the work it describes. A write that
     * fails is logged at ERROR and counted ({@link AuditWriteMonitor}), then rethrown to the caller.
     */
    public long record(AuditEntry e) {
        try {
            Long id = newTransaction.execute(status -> append(e));
            monitor.succeeded();
            return id;
        } catch (RuntimeException ex) {
            monitor.failed(e, ex);
            throw ex;
        }
    }

    private long append(AuditEntry e) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
        String prev = jdbc.sql("select mac from audit_log order by id desc limit 1").query(String.class).optional().orElse(GENESIS);
        long id = jdbc.sql("select nextval('audit_log_id_seq')").query(Long.class).single();
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        AuditRecord r = new AuditRecord(id, at, cut(e.username(), 64), cut(e.roles(), 300), cut(e.regionCode(), 12),
                cut(e.action(), 100), cut(e.targetType(), 50), cut(e.targetId(), 100), e.outcome().name(), cut(e.detail(), 500),
                cut(e.clientIp(), 64), prev, null);
        String mac = rowMac(prev, r);
        jdbc.sql("""
                insert into audit_log (id, occurred_at, username, roles, region_code, action, target_type, target_id,
                                       outcome, detail, client_ip, prev_mac, mac)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, Timestamp.from(at), r.username(), r.roles(), r.regionCode(), r.action(), r.targetType(),
                        r.targetId(), r.outcome(), r.detail(), r.clientIp(), prev, mac)
                .update();
        return id;
    }

    /** The MAC a row must carry after {@code prev}. */
    String rowMac(String prev, AuditRecord r) {
        return Sm3.hmac(key, prev + "|" + r.canonical());
    }

    /** Whether a stored row's MAC matches its content and its stored link. */
    boolean macMatches(AuditRecord r) {
        return Sm3.equalsConstantTime(rowMac(r.prevMac(), r), r.mac());
    }

    /** The signature of a checkpoint; the prefix keeps it apart from any row MAC. */
    String sign(String payload) {
        return Sm3.hmac(key, "checkpoint|" + payload);
    }

    boolean signatureMatches(String payload, String signature) {
        return Sm3.equalsConstantTime(sign(payload), signature);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
