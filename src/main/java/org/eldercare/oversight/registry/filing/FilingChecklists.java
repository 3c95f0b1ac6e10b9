package org.eldercare.oversight.registry.filing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.registry.archive.Caller;
import org.eldercare.oversight.registry.filing.FilingChecklist.Exemption;
import org.eldercare.oversight.registry.filing.FilingChecklist.Requirement;
import org.eldercare.oversight.registry.filing.FilingChecklist.Rule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * REG-11 filing-material checklists per region ({@code filing_checklist}, {@code filing_checklist_rule}): the national
 * default on the root region, the 楚雄 preset of seed 002-3 and the 酉阳 preset of 004-(二); a region without its own
 * checklist uses that of its nearest ancestor. A supervisor sets a whole checklist for a region in his scope or removes
 * it (恢复继承); the request is audited, the checklist keeps who set it and when.
 */
@Service
public class FilingChecklists {

    static final int MAX_AREA = 100_000;
    private final JdbcClient jdbc;
    private final DataScope scope;
    private final Clock clock;

    FilingChecklists(JdbcClient jdbc, DataScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** A rule as a supervisor sends it: enumerations by name, the area limit only with an exemption. */
    public record RuleInput(String material, String requirement, String substitute, String exemption, Integer exemptionMaxArea) {
    }

    /** Where a region's checklist comes from, for the list of child regions. */
    public record Source(String regionCode, String regionName, int level, String sourceCode, String sourceName, boolean own) {
    }

    private record Head(String regionCode, String regionName, String sourceCode, String sourceName, String setBy, Timestamp setAt) {
    }

    /** The checklist that applies in {@code regionCode}, whoever asks (the caller has read the filing it is for). */
    FilingChecklist effective(String regionCode) {
        Head h = jdbc.sql("""
                select r.code as region_code, r.name as region_name, s.code as source_code, s.name as source_name, s.set_by, s.set_at
                from region r cross join lateral (select sr.code, sr.name, k.set_by, k.set_at from filing_checklist k
                    join region sr on sr.code = k.region_code where r.path like sr.path || '%' order by sr.level desc limit 1) s
                where r.code = ?""").param(regionCode).query(Head.class).optional()
                .orElseThrow(() -> new IllegalStateException("no filing checklist for " + regionCode));
        List<Rule> rules = jdbc.sql("""
                select material, requirement, substitute, exemption, exemption_max_area from filing_checklist_rule
                where region_code = ? order by position""").param(h.sourceCode())
                .query((rs, n) -> Rule.of(FilingMaterial.valueOf(rs.getString(1)), Requirement.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : FilingMaterial.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : Exemption.valueOf(rs.getString(4)), (Integer) rs.getObject(5)))
                .list();
        return new FilingChecklist(h.regionCode(), h.regionName(), h.sourceCode(), h.sourceName(), h.sourceCode().equals(h.regionCode()),
                h.setBy(), h.setAt() == null ? null : h.setAt().toInstant(), rules);
    }

    /** The checklist of {@code regionCode} (the caller's region when blank); 404 outside the caller's scope. */
    @Transactional(readOnly = true)
    public FilingChecklist view(String regionCode) {
        return effective(inScope(regionCode));
    }

    /** The child regions of {@code regionCode} (the caller's region when blank) and where their checklists come from. */
    @Transactional(readOnly = true)
    public List<Source> children(String regionCode) {
        return jdbc.sql("""
                select c.code as region_code, c.name as region_name, c.level, s.code as source_code, s.name as source_name,
                       s.code = c.code as own
                from region c cross join lateral (select sr.code, sr.name from filing_checklist k join region sr on sr.code = k.region_code
                    where c.path like sr.path || '%' order by sr.level desc limit 1) s
                where c.parent_code = ? and c.retired_at is null order by c.code""")
                .param(inScope(regionCode)).query(Source.class).list();
    }

    /** Sets the region's own checklist (all rules at once); 404 outside the scope, 400 for a bad rule (nothing changes). */
    @Transactional
    public FilingChecklist set(String regionCode, List<RuleInput> inputs) {
        scope.require(regionCode);
        List<Rule> rules = validate(inputs);
        jdbc.sql("""
                insert into filing_checklist (region_code, set_by, set_at) values (?, ?, ?)
                on conflict (region_code) do update set set_by = excluded.set_by, set_at = excluded.set_at""")
                .params(regionCode, Caller.current().name(), Timestamp.from(Instant.now(clock))).update();
        jdbc.sql("delete from filing_checklist_rule where region_code = ?").param(regionCode).update();
        int position = 0;
        for (Rule r : rules) {
            jdbc.sql("""
                    insert into filing_checklist_rule (region_code, position, material, requirement, substitute, exemption,
                        exemption_max_area) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(regionCode, ++position, r.material().name(), r.requirement().name(),
                            r.substitute() == null ? null : r.substitute().name(), r.exemption() == null ? null : r.exemption().name(),
                            r.exemptionMaxArea())
                    .update();
        }
        return effective(regionCode);
    }

    /** 恢复继承: removes the region's own checklist so its nearest ancestor's applies; the national default stays (400). */
    @Transactional
    public FilingChecklist clear(String regionCode) {
        scope.require(regionCode);
        if (Region.COUNTRY.equals(regionCode)) {
            throw PlatformException.badRequest("filing.checklist.defaultStays");
        }
        jdbc.sql("delete from filing_checklist where region_code = ?").param(regionCode).update();
        return effective(regionCode);
    }

    static List<Rule> validate(List<RuleInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            throw PlatformException.badRequest("filing.checklist.empty");
        }
        Set<FilingMaterial> seen = EnumSet.noneOf(FilingMaterial.class);
        return inputs.stream().map(in -> {
            if (in == null) {
                throw PlatformException.badRequest("filing.checklist.empty");
            }
            FilingMaterial material = Labelled.parse(FilingMaterial.class, in.material(), "材料");
            if (!seen.add(material)) {
                throw PlatformException.badRequest("filing.checklist.duplicate", material.label());
            }
            Requirement requirement = Labelled.parse(Requirement.class, in.requirement(), "提交要求");
            FilingMaterial substitute = Labelled.parseOr(FilingMaterial.class, in.substitute(), "替代材料", null);
            if (substitute == material) {
                throw PlatformException.badRequest("filing.checklist.selfSubstitute", material.label());
            }
            Exemption exemption = Labelled.parseOr(Exemption.class, in.exemption(), "免交条件", null);
            Integer max = in.exemptionMaxArea();
            if (exemption != null && (max == null || max < 1 || max > MAX_AREA)) {
                throw PlatformException.badRequest("filing.checklist.maxArea", material.label(), String.valueOf(MAX_AREA));
            }
            return Rule.of(material, requirement, substitute, exemption, exemption == null ? null : max);
        }).toList();
    }

    /** The region asked for, or the caller's own; 404 outside the caller's scope. */
    private String inScope(String regionCode) {
        String code = regionCode == null || regionCode.isBlank()
                ? scope.currentRegion().map(Region::code).orElseThrow(() -> PlatformException.forbidden("error.forbidden"))
                : regionCode.strip();
        scope.require(code);
        return code;
    }
}
