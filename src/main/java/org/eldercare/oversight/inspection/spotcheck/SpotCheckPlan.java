package org.eldercare.oversight.inspection.spotcheck;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.AggregateRoot;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.inspection.RiskSignals.Signal;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A 双随机 spot-check plan (INS-2): scope region, items, ratio (basis points) or count, time window, departments (a joint
 * check when more than one: one visit, many matters), inspectors per department and the INS-3 weights. Drawn once.
 */
@Table("spot_check_plan")
public class SpotCheckPlan extends AggregateRoot<SpotCheckPlan> {

    /** The plan's draw is stored: its selected sites are to become 双随机抽查 tasks. */
    public record Drawn(long planId, long drawId) {
    }

    static final int PRESET_COMPLAINT = 2;
    static final int PRESET_SEVERE = 3;

    @Id
    private Long id;
    private String title;
    private String regionCode;
    private String items;
    private Integer ratioBp;
    private Integer drawCount;
    private LocalDate windowStart;
    private LocalDate windowEnd;
    private String departments;
    private int inspectorsPerDepartment;
    private int weightComplaint;
    private int weightMajorHazard;
    private int weightDishonest;
    private int weightSeriousViolation;
    private WeightCombination weightCombination;
    private PlanState state;
    private Instant createdAt;
    private String createdBy;
    private Instant drawnAt;
    private String drawnBy;
    @Version
    private int version;

    SpotCheckPlan() {
    }

    /** A new plan; departments already checked against the department list by the caller. */
    static SpotCheckPlan create(PlanInput in, String by, Instant now) {
        SpotCheckPlan p = new SpotCheckPlan();
        p.title = Text.required(in.title(), "计划名称", 100);
        p.regionCode = in.regionCode();
        p.items = Text.required(in.items(), "抽查事项", 4000);
        if ((in.ratioPercent() == null) == (in.count() == null)) {
            throw PlatformException.badRequest("inspection.spotcheck.ratioOrCount");
        }
        p.ratioBp = in.ratioPercent() == null ? null : basisPoints(in.ratioPercent());
        if (in.count() != null && (in.count() < 1 || in.count() > 100_000)) {
            throw PlatformException.badRequest("inspection.spotcheck.countRange");
        }
        p.drawCount = in.count();
        if (in.windowStart() == null || in.windowEnd() == null || in.windowEnd().isBefore(in.windowStart())) {
            throw PlatformException.badRequest("inspection.spotcheck.window");
        }
        p.windowStart = in.windowStart();
        p.windowEnd = in.windowEnd();
        p.teams(in);
        Map<String, Integer> w = in.weights() == null ? Map.of() : in.weights();
        for (String key : w.keySet()) {
            Labelled.parse(SignalName.class, key, "风险信号");
        }
        p.weightComplaint = weight(w, Signal.COMPLAINT, PRESET_COMPLAINT);
        p.weightMajorHazard = weight(w, Signal.MAJOR_HAZARD, PRESET_SEVERE);
        p.weightDishonest = weight(w, Signal.DISHONEST, PRESET_SEVERE);
        p.weightSeriousViolation = weight(w, Signal.SERIOUS_VIOLATION, PRESET_SEVERE);
        p.weightCombination = Labelled.parseOr(WeightCombination.class, in.combination(), "权重合并方式", WeightCombination.MAX);
        p.state = PlanState.DRAFT;
        p.createdAt = now;
        p.createdBy = by;
        return p;
    }

    /** Departments (sorted, at least one) and inspectors per department: at least two inspectors per site. */
    private void teams(PlanInput in) {
        List<String> list = in.departments() == null ? List.of()
                : in.departments().stream().filter(d -> d != null && !d.isBlank()).map(String::trim).distinct().sorted().toList();
        if (list.isEmpty()) {
            throw PlatformException.badRequest("field.required", "检查部门");
        }
        departments = String.join(",", list);
        inspectorsPerDepartment = in.inspectorsPerDepartment() == null ? 2 : in.inspectorsPerDepartment();
        if (inspectorsPerDepartment < 1 || inspectorsPerDepartment > 10 || inspectorsPerDepartment * list.size() < 2) {
            throw PlatformException.badRequest("inspection.spotcheck.twoInspectors");
        }
    }

    /** Records the draw (once): refused when the plan has been drawn already. */
    void draw(long drawId, String by, Instant now) {
        if (state != PlanState.DRAFT) {
            throw PlatformException.conflict("inspection.spotcheck.alreadyDrawn");
        }
        state = PlanState.DRAWN;
        drawnAt = now;
        drawnBy = by;
        registerEvent(self -> new Drawn(self.id, drawId));
    }

    int weightOf(Signal s) {
        return switch (s) {
            case COMPLAINT -> weightComplaint;
            case MAJOR_HAZARD -> weightMajorHazard;
            case DISHONEST -> weightDishonest;
            case SERIOUS_VIOLATION -> weightSeriousViolation;
        };
    }

    private static int basisPoints(BigDecimal percent) {
        BigDecimal bp = percent.movePointRight(2);
        if (bp.stripTrailingZeros().scale() > 0 || bp.compareTo(BigDecimal.ONE) < 0 || bp.compareTo(BigDecimal.valueOf(10_000)) > 0) {
            throw PlatformException.badRequest("inspection.spotcheck.ratioRange");
        }
        return bp.intValueExact();
    }

    private static int weight(Map<String, Integer> weights, Signal s, int preset) {
        Integer w = weights.get(s.name());
        if (w == null) {
            return preset;
        }
        if (w < 1 || w > 10) {
            throw PlatformException.badRequest("inspection.spotcheck.weightRange");
        }
        return w;
    }

    /** The signal names as a labelled enum, so an unknown one is a Chinese 400. */
    enum SignalName implements Labelled {
        COMPLAINT("投诉较多"), MAJOR_HAZARD("重大事故隐患"), DISHONEST("失信"), SERIOUS_VIOLATION("严重违法违规");

        private final String label;

        SignalName(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public Long id() { return id; }
    public String title() { return title; }
    public String regionCode() { return regionCode; }
    public String items() { return items; }
    public Integer ratioBp() { return ratioBp; }
    public Integer drawCount() { return drawCount; }
    public LocalDate windowStart() { return windowStart; }
    public LocalDate windowEnd() { return windowEnd; }
    public List<String> departments() { return Arrays.asList(departments.split(",")); }
    public boolean joint() { return departments.contains(","); }
    public int inspectorsPerDepartment() { return inspectorsPerDepartment; }
    public WeightCombination weightCombination() { return weightCombination; }
    public PlanState state() { return state; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant drawnAt() { return drawnAt; }
    public String drawnBy() { return drawnBy; }
}
