package org.eldercare.oversight.workforce.credit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.workforce.access.Caller;
import org.eldercare.oversight.workforce.staff.Employment;
import org.eldercare.oversight.workforce.staff.Person;
import org.eldercare.oversight.workforce.staff.StaffPeople;
import org.eldercare.oversight.workforce.staff.Workplaces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff credit (WRK-4). Records are entered through an employment by its institution's own account or a supervisor (findings
 * of abuse and penalties by supervisors only). A supervisor reads a person's records through an employment in his region;
 * an institution reads those it recorded itself, and all of them once it has recorded the person's consent.
 */
@Service
public class StaffCredit {

    private final JdbcClient jdbc;
    private final Workplaces workplaces;
    private final StaffPeople people;
    private final Clock clock;

    StaffCredit(JdbcClient jdbc, Workplaces workplaces, StaffPeople people, Clock clock) {
        this.jdbc = jdbc;
        this.workplaces = workplaces;
        this.people = people;
        this.clock = clock;
    }

    public record NewEvaluation(String kind, String summary, LocalDate occurredOn) {
    }

    public record Evaluation(long id, EvaluationKind kind, String summary, LocalDate occurredOn, String regionName,
                             String recordedBy) {
        public String kindLabel() {
            return kind.label();
        }
    }

    /** What a lookup with consent shows: the person (number masked) and every record. */
    public record Lookup(String name, String idNumberMasked, List<Evaluation> evaluations) {
    }

    private static final String SELECT = "select v.id, v.kind, v.summary, v.occurred_on, r.name as region_name, v.recorded_by "
            + "from staff_evaluation v join region r on r.code = v.region_code where v.person_id = :person";

    @Transactional
    public long record(long employmentId, NewEvaluation n) {
        Caller caller = Caller.current();
        Employment e = workplaces.maintainableEmployment(employmentId);
        EvaluationKind kind = Labelled.parse(EvaluationKind.class, n.kind(), "记录类别");
        if (kind.supervisorsOnly() && !caller.supervisor()) {
            throw PlatformException.forbidden("workforce.credit.supervisorsOnly", kind.label());
        }
        if (n.summary() == null || n.summary().isBlank()) {
            throw PlatformException.badRequest("field.required", "情况说明");
        }
        if (n.summary().trim().length() > 500) {
            throw PlatformException.badRequest("field.tooLong", "情况说明", "500");
        }
        if (n.occurredOn() == null || n.occurredOn().isAfter(LocalDate.now(clock.withZone(ClockConfiguration.ZONE)))) {
            throw PlatformException.badRequest("workforce.date.notPast", "发生日期");
        }
        return jdbc.sql("""
                insert into staff_evaluation (person_id, kind, summary, occurred_on, institution_id, region_code, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(e.personId(), kind.name(), n.summary().trim(), Date.valueOf(n.occurredOn()),
                        caller.ownInstitution(e.institutionId()) ? e.institutionId() : null, e.regionCode(),
                        Timestamp.from(Instant.now(clock)), caller.name())
                .query(Long.class).single();
    }

    /**
     * The records of the employment's person the caller may read: all of them for a supervisor or for an institution that
     * recorded the person's consent; otherwise those the caller's institution recorded itself.
     */
    public List<Evaluation> of(long employmentId) {
        Caller caller = Caller.current();
        Employment e = workplaces.readableEmployment(employmentId);
        if (!caller.institutionOnly() || consented(e.personId(), caller.institutionId())) {
            return jdbc.sql(SELECT + " order by v.occurred_on desc, v.id desc").param("person", e.personId())
                    .query(Evaluation.class).list();
        }
        return jdbc.sql(SELECT + " and v.institution_id = :institution order by v.occurred_on desc, v.id desc")
                .param("person", e.personId()).param("institution", caller.institutionId()).query(Evaluation.class).list();
    }

    /**
     * A (prospective) employer reads a person's records: the caller's institution records the person's consent
     * ({@code document}: the signed authorisation, e.g. its number and date), then every record is shown. The number travels
     * in the request body only.
     */
    @Transactional
    public Lookup lookUp(String rawIdNumber, String document) {
        Caller caller = Caller.current();
        if (caller.institutionId() == null || !caller.user().has(Role.INSTITUTION)) {
            throw PlatformException.forbidden("workforce.credit.employersOnly");
        }
        if (document == null || document.isBlank() || document.trim().length() > 200) {
            throw PlatformException.badRequest("workforce.credit.consentRequired");
        }
        Person p = people.find(people.parse(rawIdNumber)).orElseThrow(() -> PlatformException.notFound("workforce.person.notFound"));
        jdbc.sql("insert into staff_consent (person_id, institution_id, document, recorded_at, recorded_by) values (?, ?, ?, ?, ?)")
                .params(p.id(), caller.institutionId(), document.trim(), Timestamp.from(Instant.now(clock)), caller.name()).update();
        List<Evaluation> all = jdbc.sql(SELECT + " order by v.occurred_on desc, v.id desc").param("person", p.id())
                .query(Evaluation.class).list();
        return new Lookup(p.name(), p.idNumberMasked(), all);
    }

    private boolean consented(long personId, Long institutionId) {
        return institutionId != null && jdbc.sql("select exists (select 1 from staff_consent where person_id = ? and institution_id = ?)")
                .params(personId, institutionId).query(Boolean.class).single();
    }
}
