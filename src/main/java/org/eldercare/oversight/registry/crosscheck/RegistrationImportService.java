package org.eldercare.oversight.registry.crosscheck;

import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.common.Labelled;

import org.eldercare.oversight.common.Excel;

import org.eldercare.oversight.registry.archive.Caller;
import org.eldercare.oversight.registry.archive.InstitutionService;
import org.eldercare.oversight.registry.archive.RegistrySettings;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * REG-4 registration–filing cross-check. Keeps the registrations whose scope mentions 养老, matches them to the
 * registry (by code, then by normalised name) and classifies them; lists operating registry entries no registration
 * matched (疑似未登记但实际开展); pushes each 登记未备案 registration to its township as a verification lead.
 */
@Service
public class RegistrationImportService {

    static final String LEAD_TASK = "registry.lead";
    /**
     * A township found a registered but unknown entity providing elderly care: supervisors archive it; the REG-3
     * inspection clock runs from the verification. Keyed by the 统一社会信用代码, so creating the archive closes it.
     */
    public static final String LEAD_FOLLOW_UP_TASK = "registry.lead-follow-up";
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.BASIC_ISO_DATE,
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    enum Classification implements Labelled {
        FILED("已备案"), UNFILED("登记未备案"), NOT_OPERATING("登记但未开展或不具备条件开展养老服务"),
        UNREGISTERED("未登记但实际开展（疑似无证机构）");
        private final String label;
        Classification(String label) { this.label = label; }
        @Override
        public String label() { return label; }
    }

    enum LeadResult implements Labelled {
        OPERATING_UNFILED("已开展养老服务，已督促备案"), NOT_OPERATING("未开展养老服务"), NO_CONDITIONS("不具备开展养老服务条件"),
        NOT_FOUND("查无此机构或地址不符");
        private final String label;
        LeadResult(String label) { this.label = label; }
        @Override
        public String label() { return label; }
    }

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final RegionService regions;
    private final Clock clock;
    private final DeadlineTracker deadlines;
    private final TodoBoard todos;
    private final RegistrySettings settings;
    private final Messages messages;
    private final InstitutionService institutions;

    RegistrationImportService(JdbcClient jdbc, DataScope scope, RegionService regions, Clock clock, DeadlineTracker deadlines,
                              TodoBoard todos, RegistrySettings settings, Messages messages, InstitutionService institutions) {
        this.institutions = institutions;
        this.jdbc = jdbc;
        this.scope = scope;
        this.regions = regions;
        this.clock = clock;
        this.deadlines = deadlines;
        this.todos = todos;
        this.settings = settings;
        this.messages = messages;
    }

    public record BadRow(int line, String reason) {
    }

    record Candidate(int line, Uscc uscc, String name, String registrar, String scope, String address, LocalDate registeredOn) {
    }

    /** What an upload produced: {@code importId} is null when nothing was imported because of bad rows. */
    public record Outcome(Long importId, String encoding, int totalRows, int keptRows, int skippedRows, List<BadRow> badRows,
                          Map<String, Integer> counts) {
    }

    @Transactional
    public Outcome importFile(String filename, byte[] content, boolean acceptGoodRows) {
        Caller caller = Caller.current();
        if (!caller.supervisor()) {
            throw PlatformException.forbidden("error.forbidden");
        }
        if (content == null || content.length == 0) {
            throw PlatformException.badRequest("registry.import.empty");
        }
        Region home = scope.currentRegion().orElseThrow(() -> PlatformException.forbidden("error.forbidden"));
        RegistrationFile.Parsed parsed;
        try {
            parsed = RegistrationFile.read(filename, content);
        } catch (RuntimeException e) {
            throw PlatformException.badRequest("registry.import.unreadable");
        }
        int[] col = parsed.columnIndex();
        if (col[0] < 0 || col[1] < 0 || col[3] < 0) {
            throw PlatformException.badRequest("registry.import.columns");
        }
        List<BadRow> bad = new ArrayList<>();
        List<Candidate> kept = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int skipped = 0;
        for (RegistrationFile.Line l : parsed.lines()) {
            String code = l.cell(col[0]);
            String name = l.cell(col[1]);
            String registrar = registrar(l.cell(col[2]));
            String bizScope = l.cell(col[3]);
            Uscc uscc;
            try {
                uscc = Uscc.parse(code);
            } catch (PlatformException e) {
                bad.add(new BadRow(l.lineNo(), messages.of(e)));
                continue;
            }
            if (name.isEmpty()) {
                bad.add(new BadRow(l.lineNo(), "名称为空"));
                continue;
            }
            if (registrar == null) {
                bad.add(new BadRow(l.lineNo(), "登记机关类型“" + l.cell(col[2]) + "”无效，应为市场监管、民政或事业单位"));
                continue;
            }
            LocalDate registeredOn = null;
            String dateText = l.cell(col[5]);
            if (!dateText.isEmpty()) {
                registeredOn = parseDate(dateText);
                if (registeredOn == null) {
                    bad.add(new BadRow(l.lineNo(), "登记日期“" + dateText + "”无法识别（应为 yyyy-MM-dd）"));
                    continue;
                }
            }
            Integer first = seen.putIfAbsent(uscc.value(), l.lineNo());
            if (first != null) {
                bad.add(new BadRow(l.lineNo(), "统一社会信用代码与第" + first + "行重复"));
                continue;
            }
            if (!bizScope.contains("养老")) {
                skipped++;
                continue;
            }
            kept.add(new Candidate(l.lineNo(), uscc, cut(name, 200), registrar, cut(bizScope, 1000), cut(l.cell(col[4]), 300), registeredOn));
        }
        int total = parsed.lines().size();
        if (!bad.isEmpty() && !acceptGoodRows) {
            return new Outcome(null, parsed.encoding(), total, kept.size(), skipped, bad, Map.of());
        }
        Instant now = Instant.now(clock);
        long importId = jdbc.sql("""
                insert into registration_import (filename, encoding, region_code, total_rows, kept_rows, skipped_rows, bad_rows, imported_at, imported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(cut(filename == null ? "上传文件" : filename, 200), parsed.encoding(), home.code(), total, kept.size(), skipped,
                        bad.size(), Timestamp.from(now), caller.name())
                .query(Long.class).single();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Classification c : Classification.values()) {
            counts.put(c.name(), 0);
        }
        // the registry in scope, indexed once: by code, then by normalised name
        List<Match> registry = scope.bind(jdbc.sql("select id, uscc, name, region_code, filing_status, operating_status from institution where "
                + scope.condition("region_code") + " order by id")).query(Match.class).list();
        Map<String, Match> byCode = new HashMap<>();
        Map<String, Match> byName = new HashMap<>();
        for (Match m : registry) {
            byCode.put(m.uscc(), m);
            byName.putIfAbsent(RegistrationFile.normaliseName(m.name()), m);
        }
        List<Region> places = regions.subtreeInScope().stream().filter(r -> r.level() >= 3).toList();
        Set<Long> matchedInstitutions = new HashSet<>();
        for (Candidate c : kept) {
            Optional<Match> match = Optional.ofNullable(byCode.get(c.uscc().value()))
                    .or(() -> Optional.ofNullable(byName.get(RegistrationFile.normaliseName(c.name()))));
            match.ifPresent(m -> matchedInstitutions.add(m.id()));
            Classification cls = match.map(m -> "FILED".equals(m.filingStatus()) ? Classification.FILED
                    : ("PREPARING".equals(m.operatingStatus()) || "TERMINATED".equals(m.operatingStatus()))
                    ? Classification.NOT_OPERATING : Classification.UNFILED).orElse(Classification.UNFILED);
            long rowId = jdbc.sql("""
                    insert into registration_row (import_id, line_no, uscc, name, registrar, scope, address, registered_on, classification, institution_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(importId, c.line(), c.uscc().value(), c.name(), c.registrar(), c.scope(), c.address(),
                            c.registeredOn() == null ? null : Date.valueOf(c.registeredOn()), cls.name(), match.map(Match::id).orElse(null))
                    .query(Long.class).single();
            counts.merge(cls.name(), 1, Integer::sum);
            if (cls == Classification.UNFILED) {
                createLead(importId, rowId, c, match.orElse(null), home, places, now);
            }
        }
        // registry entries in scope that operate but no registration of this file matched
        List<Match> unregistered = registry.stream()
                .filter(m -> "OPERATING".equals(m.operatingStatus()) && !matchedInstitutions.contains(m.id())).toList();
        for (Match m : unregistered) {
            jdbc.sql("""
                    insert into registration_row (import_id, line_no, uscc, name, registrar, scope, classification, institution_id)
                    values (?, 0, ?, ?, '—', '', 'UNREGISTERED', ?)""").params(importId, m.uscc(), m.name(), m.id()).update();
            counts.merge(Classification.UNREGISTERED.name(), 1, Integer::sum);
        }
        return new Outcome(importId, parsed.encoding(), total, kept.size(), skipped, bad, counts);
    }

    record Match(long id, String uscc, String name, String regionCode, String filingStatus, String operatingStatus) {
    }

    private void createLead(long importId, long rowId, Candidate c, Match match, Region home, List<Region> places, Instant now) {
        String region = match != null ? match.regionCode() : leadRegion(c, home, places);
        Region r = regions.find(region).orElse(home);
        LocalDate today = LocalDate.now(clock);
        long leadId = jdbc.sql("""
                insert into verification_lead (import_id, row_id, institution_id, uscc, name, address, region_code, due_date, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(importId, rowId, match == null ? null : match.id(), c.uscc().value(), c.name(), c.address(), r.code(),
                        Date.valueOf(today), Timestamp.from(now))
                .query(Long.class).single();
        Deadline due = deadlines.track(LEAD_TASK, String.valueOf(leadId), today, settings.value(r.code(), RegistrySettings.LEAD_DEADLINE));
        jdbc.sql("update verification_lead set due_date = ? where id = ?").params(Date.valueOf(due.deadline()), leadId).update();
        todos.publish(new TodoItem(LEAD_TASK, String.valueOf(leadId), r.code(), r.level() == Region.TOWNSHIP ? Role.TOWNSHIP : Role.SUPERVISOR,
                "核查线索（登记未备案）：" + c.name(), "/registry/leads/" + leadId, due.deadline(), due.provisional()));
    }

    /** The township whose name the address mentions, else the registrar's county, else the uploader's region. */
    private String leadRegion(Candidate c, Region home, List<Region> places) {
        if (c.address() != null && !c.address().isBlank()) {
            Optional<Region> named = places.stream()
                    .filter(r -> c.address().contains(r.name()))
                    .max((a, b) -> Integer.compare(a.level(), b.level()));
            if (named.isPresent()) {
                return named.get().code();
            }
        }
        String county = c.uscc().regionCode();
        return scope.contains(county) ? county : home.code();
    }

    /** A township officer (or a supervisor) records the on-site result of a lead. */
    @Transactional
    public void recordLeadResult(long leadId, String resultName, String note) {
        Caller caller = Caller.current();
        if (!caller.supervisor() && !caller.township()) {
            throw PlatformException.forbidden("error.forbidden");
        }
        Lead lead = lead(leadId);
        if (!"OPEN".equals(lead.status())) {
            throw PlatformException.conflict("registry.lead.closed");
        }
        LeadResult result = Labelled.parse(LeadResult.class, resultName, "核查结果");
        if (note != null && note.length() > 1000) {
            throw PlatformException.badRequest("registry.field.tooLong", "核查说明", 1000);
        }
        jdbc.sql("update verification_lead set status = 'VERIFIED', result = ?, result_note = ?, verified_at = ?, verified_by = ? where id = ?")
                .params(result.name(), note == null || note.isBlank() ? null : note.trim(), Timestamp.from(Instant.now(clock)), caller.name(), leadId)
                .update();
        if (result == LeadResult.NOT_OPERATING || result == LeadResult.NO_CONDITIONS) {
            jdbc.sql("update registration_row set classification = 'NOT_OPERATING' where id = ?").param(lead.rowId()).update();
        }
        todos.complete(LEAD_TASK, String.valueOf(leadId));
        deadlines.untrack(LEAD_TASK, String.valueOf(leadId));
        if (result == LeadResult.OPERATING_UNFILED) {
            discovered(lead, LocalDate.now(clock));
        }
    }

    /**
     * REG-3: an unfiled institution found providing care is inspected within 20 working days of the discovery. An archived
     * institution gets the discovery recorded (and its inspection task) at once; an unknown one goes to the supervisors
     * to archive, with the same due date.
     */
    private void discovered(Lead lead, LocalDate on) {
        if (lead.institutionId() != null) {
            institutions.recordDiscoveryUnlessFiled(lead.institutionId(), on);
            return;
        }
        Deadline due = deadlines.track(LEAD_FOLLOW_UP_TASK, lead.uscc(), on, settings.value(lead.regionCode(), RegistrySettings.VERIFICATION_DEADLINE));
        todos.publish(new TodoItem(LEAD_FOLLOW_UP_TASK, lead.uscc(), lead.regionCode(), Role.SUPERVISOR,
                "核查发现未备案开展养老服务：" + lead.name() + "（" + lead.uscc() + "），请建立机构档案并现场检查、督促备案",
                "/registry/leads/" + lead.id(), due.deadline(), due.provisional()));
    }

    public record Lead(long id, Long importId, Long rowId, Long institutionId, String uscc, String name, String address, String regionCode,
                       String regionName, LocalDate dueDate, String status, String result, String resultNote, Instant verifiedAt,
                       String verifiedBy) {
        public String resultLabel() {
            return result == null ? null : LeadResult.valueOf(result).label();
        }
    }

    private static final String LEAD_SELECT = """
            select l.id, l.import_id, l.row_id, l.institution_id, l.uscc, l.name, l.address, l.region_code, r.name as region_name,
                   l.due_date, l.status, l.result, l.result_note, l.verified_at, l.verified_by
            from verification_lead l join region r on r.code = l.region_code where """;

    Lead lead(long id) {
        Lead l = jdbc.sql(LEAD_SELECT + " l.id = ?").param(id).query(Lead.class).optional()
                .orElseThrow(() -> PlatformException.notFound("registry.lead.notFound"));
        if (!scope.contains(l.regionCode())) {
            throw PlatformException.notFound("registry.lead.notFound");
        }
        return l;
    }

    List<Lead> leads(String status) {
        String filter = status == null || status.isBlank() ? "" : " and l.status = :status";
        var spec = jdbc.sql(LEAD_SELECT + " " + scope.condition("l.region_code") + filter + " order by l.status, l.due_date, l.id limit 500");
        if (!filter.isEmpty()) {
            spec = spec.param("status", status);
        }
        return scope.bind(spec).query(Lead.class).list();
    }

    public record ImportSummary(long id, String filename, String encoding, String regionCode, int totalRows, int keptRows,
                                int skippedRows, int badRows, Instant importedAt, String importedBy) {
    }

    public record Row(long id, int lineNo, String uscc, String name, String registrar, String address, LocalDate registeredOn,
                      String classification, Long institutionId, Long leadId, String leadRegion, String leadStatus, String leadResult) {
        public String classificationLabel() {
            return Classification.valueOf(classification).label();
        }

        public String leadResultLabel() {
            return leadResult == null ? null : LeadResult.valueOf(leadResult).label();
        }
    }

    public record ImportReport(ImportSummary summary, Map<String, Integer> counts, List<Row> rows) {
    }

    List<ImportSummary> imports() {
        return scope.bind(jdbc.sql("select id, filename, encoding, region_code, total_rows, kept_rows, skipped_rows, bad_rows, imported_at, imported_by "
                + "from registration_import where " + scope.condition("region_code") + " order by id desc limit 100")).query(ImportSummary.class).list();
    }

    public ImportReport report(long importId) {
        ImportSummary s = jdbc.sql("select id, filename, encoding, region_code, total_rows, kept_rows, skipped_rows, bad_rows, imported_at, imported_by "
                + "from registration_import where id = ?").param(importId).query(ImportSummary.class).optional()
                .orElseThrow(() -> PlatformException.notFound("registry.import.notFound"));
        if (!scope.contains(s.regionCode())) {
            throw PlatformException.notFound("registry.import.notFound");
        }
        List<Row> rows = jdbc.sql("""
                select w.id, w.line_no, w.uscc, w.name, w.registrar, w.address, w.registered_on, w.classification, w.institution_id,
                       l.id as lead_id, lr.name as lead_region, l.status as lead_status, l.result as lead_result
                from registration_row w left join verification_lead l on l.row_id = w.id left join region lr on lr.code = l.region_code
                where w.import_id = ? order by case when w.line_no = 0 then 1 else 0 end, w.line_no, w.id""")
                .param(importId).query(Row.class).list();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Classification c : Classification.values()) {
            counts.put(c.name(), (int) rows.stream().filter(r -> r.classification().equals(c.name())).count());
        }
        return new ImportReport(s, counts, rows);
    }

    byte[] exportExcel(long importId) {
        ImportReport r = report(importId);
        List<String> head = List.of("行号", "统一社会信用代码", "名称", "登记机关", "地址", "登记日期", "比对结果", "核查线索推送至", "核查状态", "核查结果");
        List<List<Object>> data = new ArrayList<>();
        for (Row w : r.rows()) {
            data.add(List.of(w.lineNo() == 0 ? "名录" : String.valueOf(w.lineNo()), w.uscc(), w.name(), w.registrar(),
                    w.address() == null ? "" : w.address(), w.registeredOn() == null ? "" : w.registeredOn().toString(),
                    w.classificationLabel(), w.leadRegion() == null ? "" : w.leadRegion(),
                    w.leadStatus() == null ? "" : ("OPEN".equals(w.leadStatus()) ? "待核查" : "已核查"),
                    w.leadResult() == null ? "" : w.leadResultLabel()));
        }
        return Excel.write("登记备案比对", head, data);
    }

    private static String registrar(String raw) {
        String s = raw == null ? "" : raw.replace(" ", "");
        if (s.contains("市场监管") || s.contains("工商")) return "市场监管";
        if (s.contains("民政")) return "民政";
        if (s.contains("事业单位")) return "事业单位";
        return null;
    }

    private static LocalDate parseDate(String s) {
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(s.trim(), f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
