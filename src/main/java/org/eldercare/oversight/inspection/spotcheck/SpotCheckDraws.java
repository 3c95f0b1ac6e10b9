package org.eldercare.oversight.inspection.spotcheck;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.inspection.spotcheck.DrawAlgorithm.Result;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The draw of a plan (INS-2): take both pools, seed from a secure source, run the versioned algorithm, store; and verify. */
@Service
class SpotCheckDraws {

    /** Draws run one at a time, so a draw's "earlier assignments" are exactly those of the draws stored before it. */
    private static final long DRAW_LOCK = 0x5350_4F54_4348_4B31L;
    private final SpotCheckPlans plans;
    private final SpotCheckPlanRepository repository;
    private final DrawPools pools;
    private final DrawStore store;
    private final DrawReads reads;
    private final JdbcClient jdbc;
    private final Messages messages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SpotCheckDraws(SpotCheckPlans plans, SpotCheckPlanRepository repository, DrawPools pools, DrawStore store, DrawReads reads,
                   JdbcClient jdbc, Messages messages, Clock clock) {
        this.plans = plans;
        this.repository = repository;
        this.pools = pools;
        this.store = store;
        this.reads = reads;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public DrawView draw(long planId) {
        PlatformUser user = PlatformUser.current();
        plans.load(planId);
        jdbc.sql("select pg_advisory_xact_lock(?)").param(DRAW_LOCK).query((rs, n) -> 1).list();
        SpotCheckPlan plan = plans.load(planId);
        if (plan.state() != PlanState.DRAFT) {
            throw PlatformException.conflict("inspection.spotcheck.alreadyDrawn");
        }
        DrawPool pool = pools.snapshot(plan, Long.MAX_VALUE);
        int k = DrawAlgorithm.size(pool.objects(), plan.drawCount(), plan.ratioBp());
        if (k == 0) {
            throw PlatformException.conflict("inspection.spotcheck.emptyPool");
        }
        byte[] seedBytes = new byte[32];
        random.nextBytes(seedBytes);
        String seed = HexFormat.of().formatHex(seedBytes);
        Result result = DrawAlgorithm.run(pool, seed, k, plan.departments(), plan.inspectorsPerDepartment());
        long drawId = store.save(planId, seed, pool.encode(), pool, result, user.username(), clock.instant());
        plan.draw(drawId, user.username(), clock.instant());
        repository.save(plan);
        return reads.view(plan);
    }

    @Transactional(readOnly = true)
    public DrawView view(long planId) {
        return reads.view(plans.load(planId));
    }

    /** Re-runs the stored draw from its snapshot and from the pools as they are now, and compares. */
    @Transactional(readOnly = true)
    public VerifyView verify(long planId) {
        SpotCheckPlan plan = plans.load(planId);
        DrawStore.Stored d = store.find(planId).orElseThrow(() -> PlatformException.conflict("inspection.spotcheck.notDrawn"));
        DrawPool stored = PoolText.parse(d.snapshot());
        String storedHash = stored.sha256();
        boolean storedOk = storedHash.equals(d.poolHash()) && rerun(stored, d, plan).equals(d.resultHash());
        DrawPool current = pools.snapshot(plan, d.id());
        String currentHash = current.sha256();
        boolean same = currentHash.equals(d.poolHash());
        boolean currentOk = same && rerun(current, d, plan).equals(d.resultHash());
        boolean ok = storedOk && currentOk;
        String message;
        if (ok) {
            message = messages.get("inspection.spotcheck.verify.ok", d.algorithm());
        } else if (!same) {
            message = messages.get("inspection.spotcheck.verify.poolChanged", currentHash, d.poolHash(),
                    messages.get(storedOk ? "inspection.spotcheck.verify.storedOk" : "inspection.spotcheck.verify.storedBad"));
        } else {
            message = messages.get("inspection.spotcheck.verify.resultDiffers");
        }
        return new VerifyView(ok, d.algorithm(), d.seed(), d.poolHash(), storedHash, storedOk, currentHash, same, currentOk, message);
    }

    private static String rerun(DrawPool pool, DrawStore.Stored d, SpotCheckPlan plan) {
        if (!DrawAlgorithm.VERSION.equals(d.algorithm())) {
            throw PlatformException.conflict("inspection.spotcheck.unknownAlgorithm", d.algorithm());
        }
        int k = DrawAlgorithm.size(pool.objects(), plan.drawCount(), plan.ratioBp());
        return DrawAlgorithm.run(pool, d.seed(), k, plan.departments(), plan.inspectorsPerDepartment()).sha256();
    }
}
