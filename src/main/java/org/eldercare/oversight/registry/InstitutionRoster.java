package org.eldercare.oversight.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask the registry about an institution beyond its name (identity's {@code InstitutionDirectory}):
 * its kind, beds and residents, whether it is in service — for the workforce module's staff registry (WRK-1) and
 * staffing ratios (WRK-5). No data scope is applied here: the asking module checks its caller's scope itself.
 */
public interface InstitutionRoster {

    /** The most ids {@link #findAll} answers at once (a page of a list, never a whole region). */
    int MAX_IDS = 1_000;

    /**
     * The service site named by this 统一社会信用代码 (trimmed, upper-cased), if it is in the register: the seat (site 1), or
     * with {@code 代码/n} the entity's n-th site (REG-10).
     */
    Optional<Entry> findByUscc(String uscc);

    Optional<Entry> find(long id);

    /**
     * Every service site (institution row) of the legal entity with this 统一社会信用代码 (trimmed, upper-cased), by id; empty
     * when none is in the register. Several sites may share one code (REG-10): credit is kept per code (CRD-1).
     */
    List<Entry> sitesOf(String uscc);

    /** The institutions among {@code ids} (at most {@link #MAX_IDS}) that are in the register, in no particular order. */
    List<Entry> findAll(Collection<Long> ids);

    /**
     * Beds of the institutions in service (运营中, 暂停服务) of {@code regionCode} and below, and the 农村区域养老服务中心（敬老院）
     * among them — the township centres whose managers per resident WRK-5 counts — with their residents and ids.
     */
    Capacity capacity(String regionCode);

    /**
     * An institution as the staff registry needs it. {@code townshipCentre}: a 农村区域养老服务中心（敬老院）; {@code inService}:
     * 运营中 or 暂停服务 (neither 筹建中 nor 已终止); {@code terminated}: 已终止.
     */
    record Entry(long id, String uscc, String name, String regionCode, String kind, String kindLabel, boolean townshipCentre,
                 int beds, int residents, boolean inService, boolean terminated) {
    }

    /**
     * Streams the institutions in service (运营中, 暂停服务) of {@code regionCode} and below whose id is above {@code afterId},
     * in ascending id order, to {@code sink} until it answers false — the inspection module's 双随机 object pool and yearly
     * coverage (INS-1, INS-6) over a whole province without a list in memory. Called inside a transaction, the rows are
     * fetched a batch at a time.
     */
    void forEachInService(String regionCode, long afterId, SiteSink sink);

    /** Receives one service site of {@link #forEachInService}; answers whether to go on. */
    @FunctionalInterface
    interface SiteSink {
        boolean accept(long id, String regionCode);
    }

    /** Beds in service in a region, and its township centres' residents and ids. */
    record Capacity(long beds, long centreResidents, List<Long> centreIds) {
    }
}
