package org.eldercare.oversight.workforce.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.eldercare.oversight.workforce.staff.Certification;
import org.eldercare.oversight.workforce.training.TrainingKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of current staff (在职, flagged ones included) as of today (WRK-2, WRK-5): for a region in scope, its child
 * regions and, page by page, its institutions. Counted by one aggregate query per view; beds and residents come from the
 * registry ({@link InstitutionRoster}). Trained before starting: all pre-job kinds completed on or before the first day;
 * certified: a 养老护理员 holding a valid 职业技能等级证书; hours: training completed this calendar year.
 */
@Component
public class StaffFigures {

    private static final String PRE_JOB = TrainingKind.preJobKinds().stream().map(k -> "'" + k.name() + "'")
            .collect(Collectors.joining(", "));
    private static final String COUNTS = "count(*) as staff, "
            + "count(*) filter (where (select count(distinct t.kind) from staff_training t where t.person_id = e.person_id and t.kind in ("
            + PRE_JOB + ") and t.completed_on <= e.start_date) = " + TrainingKind.preJobKinds().size() + ") as trained, "
            + "count(*) filter (where e.role = 'CARE_WORKER') as care_workers, "
            + "count(*) filter (where e.role = 'CARE_WORKER' and " + Certification.sql("e") + ") as certified, "
            + "coalesce(sum((select sum(t.hours) from staff_training t where t.person_id = e.person_id "
            + "and t.completed_on between :yearStart and :today)), 0) as hours, "
            + "count(*) filter (where e.status = 'FLAGGED') as flagged, "
            + "count(*) filter (where e.role = 'SOCIAL_WORKER') as social_workers, "
            + "count(*) filter (where e.role in ('DIRECTOR', 'MANAGER')) as managers, "
            + "count(*) filter (where e.role in ('DIRECTOR', 'MANAGER') and e.institution_id = any(:centres)) as centre_managers ";
    private static final String FROM = "from staff_employment e join region r on r.code = e.region_code where e.status <> 'ENDED' ";
    private static final String FROM_BY_CHILD = "from staff_employment e join region r on r.code = e.region_code "
            + "join region c on c.parent_code = :parent and r.path like c.path || '%' where e.status <> 'ENDED' ";
    private final JdbcClient jdbc;
    private final DataScope scope;
    private final RegionService regions;
    private final InstitutionRoster roster;
    private final Goals goals;
    private final Clock clock;

    StaffFigures(JdbcClient jdbc, DataScope scope, RegionService regions, InstitutionRoster roster, Goals goals, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.regions = regions;
        this.roster = roster;
        this.goals = goals;
        this.clock = clock;
    }

    private record Counts(String key, int staff, int trained, int careWorkers, int certified, BigDecimal hours, int flagged,
                          int socialWorkers, int managers, int centreManagers) {
        static final Counts NONE = new Counts(null, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0);
    }

    /**
     * Figures of a region, a child region or an institution. Rates in percent (one decimal), ratios per 100 (two decimals),
     * null when there is nothing to divide by.
     */
    public record Figures(String code, String name, int staff, int trained, BigDecimal trainedRate, int careWorkers, int certified,
                          BigDecimal certificateRate, BigDecimal hoursPerStaff, int flagged, int socialWorkers, long beds,
                          BigDecimal socialWorkersPer100Beds, int centreManagers, long centreResidents,
                          BigDecimal centreManagersPer100Residents) {

        /** Whether the figure for {@code goal} reaches the value {@code min}; null when there is no figure. */
        public Boolean meets(Goal goal, BigDecimal min) {
            BigDecimal v = value(goal.name());
            return v == null || min == null ? null : v.compareTo(min) >= 0;
        }

        /** For templates: whether the figure for the goal named {@code goal} reaches the value {@code goals} set for it. */
        public Boolean meets(String goal, Map<Goal, Goals.Setting> goals) {
            Goal g = Goal.valueOf(goal);
            Goals.Setting s = goals.get(g);
            return meets(g, s == null ? null : s.value());
        }

        /** For templates: the figure for the goal named {@code goal}. */
        public BigDecimal value(String goal) {
            return switch (Goal.valueOf(goal)) {
                case PRETRAINING_RATE -> trainedRate;
                case CERTIFICATE_RATE -> certificateRate;
                case SOCIAL_WORKERS -> socialWorkersPer100Beds;
                case CENTRE_MANAGERS -> centreManagersPer100Residents;
            };
        }
    }

    /** A region's figures, its goals and its child regions' figures. */
    public record Report(String regionCode, String regionName, int level, LocalDate asOf, Map<Goal, Goals.Setting> goals,
                         Figures total, List<Figures> children) {
    }

    /** The report of {@code regionCode} (blank: the caller's region); 404 outside the caller's scope. */
    public Report region(String regionCode) {
        Region region = inScope(regionCode);
        InstitutionRoster.Capacity capacity = roster.capacity(region.code());
        long[] centres = capacity.centreIds().stream().mapToLong(Long::longValue).toArray();
        Counts total = scope.bind(bind(jdbc.sql("select null as key, " + COUNTS + FROM + "and r.path like :path || '%' and "
                + scope.condition("e.region_code")), centres).param("path", region.path())).query(Counts.class).single();
        Map<String, Counts> byChild = new HashMap<>();
        scope.bind(bind(jdbc.sql("select c.code as key, " + COUNTS + FROM_BY_CHILD + "and " + scope.condition("e.region_code")
                        + " group by c.code"), centres)
                .param("parent", region.code())).query(Counts.class).list().forEach(c -> byChild.put(c.key(), c));
        List<Figures> children = regions.nodeInScope(region.code()).children().stream()
                .map(c -> figures(c.code(), c.name(), byChild.getOrDefault(c.code(), Counts.NONE), roster.capacity(c.code()))).toList();
        return new Report(region.code(), region.name(), region.level(), today(), goals.of(region.code()),
                figures(region.code(), region.name(), total, capacity), children);
    }

    /** The region's institutions with current staff, newest institution first, in keyset pages. */
    public ListPage<Figures> institutions(String regionCode, PageCursor cursor) {
        Region region = inScope(regionCode);
        String where = FROM + "and r.path like :path || '%' and " + scope.condition("e.region_code");
        ListPage<Counts> page = cursor.page(p -> p.bind(scope.bind(bind(jdbc.sql("select e.institution_id::text as key, " + COUNTS + where
                        + p.keyCondition("e.institution_id") + " group by e.institution_id" + p.orderAndLimit("e.institution_id")),
                        new long[0]).param("path", region.path()))).query(Counts.class).list(), c -> Long.parseLong(c.key()),
                () -> scope.bind(jdbc.sql(ListPage.countSql("select 1 " + where + " group by e.institution_id"))
                        .param("path", region.path())).query(Long.class).single());
        Map<Long, InstitutionRoster.Entry> entries = roster.findAll(page.items().stream().map(c -> Long.parseLong(c.key())).toList())
                .stream().collect(Collectors.toMap(InstitutionRoster.Entry::id, e -> e));
        List<Figures> rows = page.items().stream().map(c -> institutionFigures(c, entries.get(Long.parseLong(c.key())))).toList();
        return new ListPage<>(rows, page.nextCursor(), page.previousCursor(), page.total(), page.totalCapped());
    }

    /** One institution's figures (for its goal to-do; the caller has already reached the institution). */
    public Figures institution(InstitutionRoster.Entry entry) {
        Counts c = bind(jdbc.sql("select e.institution_id::text as key, " + COUNTS + FROM + "and e.institution_id = :institution "
                + "group by e.institution_id"), new long[0]).param("institution", entry.id()).query(Counts.class).optional()
                .orElse(Counts.NONE);
        return institutionFigures(c, entry);
    }

    private Figures institutionFigures(Counts c, InstitutionRoster.Entry entry) {
        if (entry == null) {
            return figures(c.key(), "机构" + c.key(), c, new InstitutionRoster.Capacity(0, 0, List.of()));
        }
        Counts own = new Counts(c.key(), c.staff(), c.trained(), c.careWorkers(), c.certified(), c.hours(), c.flagged(),
                c.socialWorkers(), c.managers(), entry.townshipCentre() ? c.managers() : 0);
        return figures(String.valueOf(entry.id()), entry.name(), own, new InstitutionRoster.Capacity(entry.inService() ? entry.beds() : 0,
                entry.townshipCentre() ? entry.residents() : 0, List.of()));
    }

    private static Figures figures(String code, String name, Counts c, InstitutionRoster.Capacity capacity) {
        return new Figures(code, name, c.staff(), c.trained(), percent(c.trained(), c.staff()), c.careWorkers(), c.certified(),
                percent(c.certified(), c.careWorkers()),
                c.staff() == 0 ? null : c.hours().divide(BigDecimal.valueOf(c.staff()), 1, RoundingMode.HALF_UP), c.flagged(),
                c.socialWorkers(), capacity.beds(), per100(c.socialWorkers(), capacity.beds()), c.centreManagers(),
                capacity.centreResidents(), per100(c.centreManagers(), capacity.centreResidents()));
    }

    /** {@code part} of {@code whole} in percent, one decimal; null when {@code whole} is 0. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** {@code part} per 100 of {@code whole}, two decimals; null when {@code whole} is 0. */
    static BigDecimal per100(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, long[] centres) {
        LocalDate today = today();
        return spec.param("today", Date.valueOf(today)).param("yearStart", Date.valueOf(today.withDayOfYear(1))).param("centres", centres);
    }

    private Region inScope(String regionCode) {
        String code = regionCode == null || regionCode.isBlank()
                ? scope.currentRegion().map(Region::code).orElseThrow(() -> PlatformException.forbidden("error.forbidden"))
                : regionCode.trim();
        scope.require(code);
        return regions.find(code).orElseThrow(() -> PlatformException.notFound("region.notInScope", code));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
