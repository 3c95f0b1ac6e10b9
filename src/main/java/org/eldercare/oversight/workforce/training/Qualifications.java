package org.eldercare.oversight.workforce.training;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.workforce.access.Caller;
import org.eldercare.oversight.workforce.staff.CareLevel;
import org.eldercare.oversight.workforce.staff.CertificateKind;
import org.eldercare.oversight.workforce.staff.Employment;
import org.eldercare.oversight.workforce.staff.Workplaces;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a person's training and certificates (WRK-2) through one of the person's employments, by that institution's
 * own account or a supervisor; reading them for whoever may read the employment. Records are facts, entered once.
 */
@Service
public class Qualifications {

    private final JdbcClient jdbc;
    private final Workplaces workplaces;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Qualifications(JdbcClient jdbc, Workplaces workplaces, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.workplaces = workplaces;
        this.events = events;
        this.clock = clock;
    }

    /** A training as entered; {@code kind} by name ({@link TrainingKind}). */
    public record NewTraining(String kind, String title, String provider, BigDecimal hours, LocalDate completedOn) {
    }

    /** A certificate as entered; {@code kind} ({@link CertificateKind}) and {@code level} ({@link CareLevel}) by name. */
    public record NewCertificate(String kind, String level, String number, String issuer, LocalDate issuedOn, LocalDate validUntil) {
    }

    public record Training(long id, TrainingKind kind, String title, String provider, BigDecimal hours, LocalDate completedOn,
                           String recordedBy) {
        public String kindLabel() {
            return kind.label();
        }
    }

    public record Certificate(long id, CertificateKind kind, CareLevel level, String number, String issuer, LocalDate issuedOn,
                              LocalDate validUntil, String recordedBy) {
        public String kindLabel() {
            return kind.label();
        }

        public String levelLabel() {
            return level == null ? null : level.label();
        }

        public boolean valid(LocalDate day) {
            return !issuedOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
        }
    }

    @Transactional
    public long recordTraining(long employmentId, NewTraining t) {
        Employment e = workplaces.maintainableEmployment(employmentId);
        TrainingKind kind = Labelled.parse(TrainingKind.class, t.kind(), "培训类别");
        String title = t.title() == null || t.title().isBlank() ? kind.label() : text(t.title(), "培训名称", 100);
        if (t.hours() == null || t.hours().signum() <= 0 || t.hours().compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw PlatformException.badRequest("workforce.training.hours");
        }
        pastDate(t.completedOn(), "完成日期");
        long id = jdbc.sql("""
                insert into staff_training (person_id, employment_id, kind, title, provider, hours, completed_on, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(e.personId(), e.id(), kind.name(), title, optional(t.provider(), "培训机构", 100),
                        t.hours().setScale(1, java.math.RoundingMode.HALF_UP), Date.valueOf(t.completedOn()),
                        Timestamp.from(Instant.now(clock)), Caller.current().name())
                .query(Long.class).single();
        events.publishEvent(new QualificationRecorded(e.personId()));
        return id;
    }

    @Transactional
    public long recordCertificate(long employmentId, NewCertificate c) {
        Employment e = workplaces.maintainableEmployment(employmentId);
        CertificateKind kind = Labelled.parse(CertificateKind.class, c.kind(), "证书类别");
        CareLevel level = Labelled.parseOr(CareLevel.class, c.level(), "职业技能等级", null);
        if (level != null && kind != CertificateKind.CARE_WORKER) {
            throw PlatformException.badRequest("workforce.certificate.levelOnlyCareWorker");
        }
        String number = text(c.number(), "证书编号", 50);
        String issuer = text(c.issuer(), "发证机构（培训评价组织）", 100);
        pastDate(c.issuedOn(), "发证日期");
        if (c.validUntil() != null && c.validUntil().isBefore(c.issuedOn())) {
            throw PlatformException.badRequest("workforce.certificate.validity");
        }
        long id = jdbc.sql("""
                insert into staff_certificate (person_id, kind, level, number, issuer, issued_on, valid_until, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(e.personId(), kind.name(), level == null ? null : level.name(), number, issuer, Date.valueOf(c.issuedOn()),
                        c.validUntil() == null ? null : Date.valueOf(c.validUntil()), Timestamp.from(Instant.now(clock)),
                        Caller.current().name())
                .query(Long.class).single();
        events.publishEvent(new QualificationRecorded(e.personId()));
        return id;
    }

    /** The trainings of the employment's person, newest first (whoever may read the employment). */
    public List<Training> trainings(long employmentId) {
        Employment e = workplaces.readableEmployment(employmentId);
        return jdbc.sql("select id, kind, title, provider, hours, completed_on, recorded_by from staff_training where person_id = ? "
                + "order by completed_on desc, id desc").param(e.personId()).query(Training.class).list();
    }

    public List<Certificate> certificates(long employmentId) {
        Employment e = workplaces.readableEmployment(employmentId);
        return jdbc.sql("select id, kind, level, number, issuer, issued_on, valid_until, recorded_by from staff_certificate "
                + "where person_id = ? order by issued_on desc, id desc").param(e.personId()).query(Certificate.class).list();
    }

    private void pastDate(LocalDate day, String field) {
        if (day == null) {
            throw PlatformException.badRequest("field.required", field);
        }
        if (day.isAfter(LocalDate.now(clock.withZone(ClockConfiguration.ZONE))) || day.getYear() < 1950) {
            throw PlatformException.badRequest("workforce.date.notPast", field);
        }
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw PlatformException.badRequest("field.required", field);
        }
        if (value.trim().length() > max) {
            throw PlatformException.badRequest("field.tooLong", field, String.valueOf(max));
        }
        return value.trim();
    }

    private static String optional(String value, String field, int max) {
        return value == null || value.isBlank() ? null : text(value, field, max);
    }
}
