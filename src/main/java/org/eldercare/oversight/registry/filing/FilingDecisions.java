package org.eldercare.oversight.registry.filing;

import org.eldercare.oversight.registry.archive.LegalForm;

import org.eldercare.oversight.common.Labelled;

import org.eldercare.oversight.common.Excel;

import org.eldercare.oversight.registry.archive.Caller;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.region.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * REG-4, second half: the bureau's filing decisions (予以备案, 撤销备案) pushed back to the registrars, each decision
 * addressed to the registration authority of the institution's legal form (营利性 → 市场监管, 民办非营利 → 民政社会组织登记,
 * 公办 → 事业单位登记, 医疗卫生机构 → 卫健). Supervisors export it; partner departments read it through the API.
 */
@Service
public class FilingDecisions {

    public enum Registrar implements Labelled {
        MARKET_REGULATION("市场监管部门"), SOCIAL_ORGANISATION("民政部门（社会组织登记）"), PUBLIC_INSTITUTION("事业单位登记管理机关"),
        HEALTH("卫生健康部门");
        private final String label;
        Registrar(String label) { this.label = label; }
        @Override
        public String label() { return label; }

        static Registrar of(LegalForm form) {
            return switch (form) {
                case FOR_PROFIT -> MARKET_REGULATION;
                case NON_PROFIT -> SOCIAL_ORGANISATION;
                case PUBLIC -> PUBLIC_INSTITUTION;
                case MEDICAL -> HEALTH;
            };
        }
    }

    /** One decision as a registrar receives it. */
    public record Decision(String registrar, String registrarLabel, String uscc, String name, String address, String regionName,
                           String filingKind, String decision, String receiptNo, LocalDate decidedOn, String detail, int bedsTotal,
                           int nursingBeds) {
    }

    private static final int MAX_DAYS = 366;
    private final JdbcClient jdbc;
    private final DataScope scope;
    private final Clock clock;

    FilingDecisions(JdbcClient jdbc, DataScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** Decisions taken from {@code from} to {@code to} (both included) in the caller's region; {@code registrar} narrows them. */
    public List<Decision> between(LocalDate from, LocalDate to, String registrar) {
        Caller caller = Caller.current();
        if (!caller.supervisor() && !caller.user().has(Role.DEPARTMENT)) {
            throw PlatformException.forbidden("error.forbidden");
        }
        if (from == null || to == null || from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw PlatformException.badRequest("registry.decisions.range");
        }
        Registrar only = registrar == null || registrar.isBlank() ? null : Labelled.parse(Registrar.class, registrar, "登记机关");
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<Row> rows = scope.bind(jdbc.sql("""
                        select i.legal_form, i.uscc, i.name, i.address, r.name as region_name, f.kind, t.to_status, f.receipt_no, t.at,
                               t.reason, f.change_summary, i.beds_total, i.nursing_beds
                        from filing_transition t join filing f on f.id = t.filing_id join institution i on i.id = f.institution_id
                        join region r on r.code = i.region_code
                        where t.to_status in ('FILED', 'REVOKED') and t.at >= :start and t.at < :end"""
                        + " and " + scope.condition("i.region_code")
                        + " order by t.at, f.id")
                        .param("start", Timestamp.from(start)).param("end", Timestamp.from(end)))
                .query(Row.class).list();
        List<Decision> decisions = new ArrayList<>();
        for (Row w : rows) {
            Registrar target = Registrar.of(w.legalForm());
            if (only != null && only != target) {
                continue;
            }
            boolean filed = w.toStatus() == Filing.Status.FILED;
            decisions.add(new Decision(target.name(), target.label(), w.uscc(), w.name(), w.address(), w.regionName(),
                    w.kind().label(), filed ? "予以备案" : "撤销备案", w.receiptNo(),
                    w.at().toInstant().atZone(clock.getZone()).toLocalDate(),
                    filed ? w.changeSummary() : w.reason(), w.bedsTotal(), w.nursingBeds()));
        }
        return decisions;
    }

    record Row(LegalForm legalForm, String uscc, String name, String address, String regionName, Filing.Kind kind, Filing.Status toStatus,
               String receiptNo, Timestamp at, String reason, String changeSummary, int bedsTotal, int nursingBeds) {
    }

    /** The same as an Excel sheet, one row a decision, the registrar first so it can be filtered per authority. */
    public byte[] excel(LocalDate from, LocalDate to, String registrar) {
        List<String> head = List.of("登记机关", "统一社会信用代码", "机构名称", "服务场所地址", "所在乡镇（街道）", "备案类型", "备案决定",
                "回执编号", "决定日期", "变更事项/撤销原因", "床位数", "护理型床位数");
        List<List<Object>> data = new ArrayList<>();
        for (Decision d : between(from, to, registrar)) {
            data.add(List.of(d.registrarLabel(), d.uscc(), d.name(), d.address(), d.regionName(), d.filingKind(), d.decision(),
                    d.receiptNo() == null ? "" : d.receiptNo(), d.decidedOn().toString(), d.detail() == null ? "" : d.detail(),
                    d.bedsTotal(), d.nursingBeds()));
        }
        return Excel.write("备案信息推送", head, data);
    }
}
