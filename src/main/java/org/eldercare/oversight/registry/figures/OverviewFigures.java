package org.eldercare.oversight.registry.figures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.Breakdown;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.registry.RegistryFigures;
import org.eldercare.oversight.registry.archive.FilingState;
import org.eldercare.oversight.registry.archive.InstitutionKind;
import org.eldercare.oversight.registry.figures.FigureQueries.Tally;
import org.eldercare.oversight.todo.TodoBoard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview's figures (#9 item 16), assembled from one aggregate query per figure, all read from one snapshot of the
 * database (repeatable read), so the figures of one page agree with each other. Overdue inspections: until the inspection
 * module exists, the REG-3 on-site inspections are to-dos with a due date (after a filing, after a discovery), counted by
 * the to-do board.
 */
@Component
class OverviewFigures implements RegistryFigures {

    static final String AWAITING = "AWAITING";
    /** The inspection module's to-dos of open inspection tasks (REG-3 verification included), by their source type. */
    private static final Set<String> INSPECTION_TASKS = Set.of("inspection.task");
    private static final List<Option> STATUSES = List.of(new Option(FilingState.UNFILED.name(), FilingState.UNFILED.label()),
            new Option(AWAITING, FilingState.UNFILED.labelWhile(true)),
            new Option(FilingState.FILED.name(), FilingState.FILED.label()),
            new Option(FilingState.REVOKED.name(), FilingState.REVOKED.label()));
    private static final List<Option> KINDS = Arrays.stream(InstitutionKind.values()).map(k -> new Option(k.name(), k.label())).toList();
    private final RegionService regions;
    private final FigureQueries queries;
    private final FilingCutoffs cutoffs;
    private final NursingBedGoals goals;
    private final TodoBoard todos;
    private final Clock clock;

    OverviewFigures(RegionService regions, FigureQueries queries, FilingCutoffs cutoffs, NursingBedGoals goals, TodoBoard todos,
                    Clock clock) {
        this.regions = regions;
        this.queries = queries;
        this.cutoffs = cutoffs;
        this.goals = goals;
        this.todos = todos;
        this.clock = clock;
    }

    /** What the queries found, by child region code. */
    private record Found(Map<String, Tally> tallies, Map<String, Integer> openLeads, Map<String, Integer> overdueInspections,
                         Map<String, Integer> goals) {

        boolean any(String code) {
            return tallies.containsKey(code) || openLeads.containsKey(code) || overdueInspections.containsKey(code);
        }
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Overview overview(String regionCode) {
        Breakdown b = regions.breakdownInScope(regionCode)
                .orElseThrow(() -> PlatformException.notFound("region.notInScope", regionCode == null ? "" : regionCode));
        Found found = new Found(queries.institutions(b, cutoffs.of(b)), queries.openLeads(b), todos.overdueByChild(b, INSPECTION_TASKS),
                goals.of(b));
        Region region = b.region();
        List<Part> parts = new ArrayList<>();
        if (found.any(region.code())) {
            parts.add(part(region.code(), region.name() + "本级", true, found));
        }
        for (Region child : b.children()) {
            parts.add(part(child.code(), child.name(), false, found));
        }
        return new Overview(region.code(), region.name(), region.level(), b.childLevelName(), LocalDate.now(clock), STATUSES, KINDS,
                parts, total(region, parts, found.goals().get(region.code())));
    }

    private static Part part(String code, String name, boolean own, Found found) {
        Tally t = found.tallies().getOrDefault(code, Tally.NONE);
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        byStatus.put(FilingState.UNFILED.name(), t.unfiled());
        byStatus.put(AWAITING, t.awaiting());
        byStatus.put(FilingState.FILED.name(), t.filed());
        byStatus.put(FilingState.REVOKED.name(), t.revoked());
        Map<String, Integer> byKind = new LinkedHashMap<>();
        KINDS.forEach(k -> byKind.put(k.code(), t.byKind().getOrDefault(k.code(), 0)));
        return part(code, name, own, t.institutions(), byStatus, byKind, t.obliged(), t.obligedFiled(), t.beds(), t.nursingBeds(),
                found.goals().get(code), t.filedLate(), t.overdueUnfiled(),
                found.openLeads().getOrDefault(code, 0), found.overdueInspections().getOrDefault(code, 0));
    }

    private static Part part(String code, String name, boolean own, int institutions, Map<String, Integer> byStatus,
                             Map<String, Integer> byKind, int obliged, int obligedFiled, long beds, long nursingBeds, Integer goal,
                             int filedLate, int overdueUnfiled, int openLeads, int overdueInspections) {
        BigDecimal share = Part.percent(nursingBeds, beds);
        Boolean met = share == null || goal == null ? null : share.compareTo(BigDecimal.valueOf(goal)) >= 0;
        return new Part(code, name, own, institutions, byStatus, byKind, obliged, obligedFiled, Part.percent(obligedFiled, obliged),
                beds, nursingBeds, share, goal, met, filedLate, overdueUnfiled, openLeads, overdueInspections);
    }

    /** The region as a whole: the sums of its parts, against the region's own goal. */
    private static Part total(Region region, List<Part> parts, Integer goal) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        STATUSES.forEach(s -> byStatus.put(s.code(), parts.stream().mapToInt(p -> p.byStatus().get(s.code())).sum()));
        Map<String, Integer> byKind = new LinkedHashMap<>();
        KINDS.forEach(k -> byKind.put(k.code(), parts.stream().mapToInt(p -> p.byKind().get(k.code())).sum()));
        return part(region.code(), region.name(), false, parts.stream().mapToInt(Part::institutions).sum(), byStatus, byKind,
                parts.stream().mapToInt(Part::obliged).sum(), parts.stream().mapToInt(Part::obligedFiled).sum(),
                parts.stream().mapToLong(Part::beds).sum(), parts.stream().mapToLong(Part::nursingBeds).sum(), goal,
                parts.stream().mapToInt(Part::filedLate).sum(), parts.stream().mapToInt(Part::overdueUnfiled).sum(),
                parts.stream().mapToInt(Part::openLeads).sum(), parts.stream().mapToInt(Part::overdueInspections).sum());
    }
}
