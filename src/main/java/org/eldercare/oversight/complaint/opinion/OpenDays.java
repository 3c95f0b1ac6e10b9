package org.eldercare.oversight.complaint.opinion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.complaint.handling.Texts;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and listing open days and opinions (CMP-2). A service site's own account records them for its site; the lists
 * show an institution account its own site's records and a supervisor or township officer those of his region, newest first
 * (the most recent {@value #SHOWN}).
 */
@Service
class OpenDays {

    static final int SHOWN = 100;
    private final JdbcClient jdbc;
    private final InstitutionRoster roster;
    private final DataScope scope;
    private final Clock clock;

    OpenDays(JdbcClient jdbc, InstitutionRoster roster, DataScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.scope = scope;
        this.clock = clock;
    }

    /** Where an opinion came from. */
    enum Source implements Labelled {
        OPEN_DAY("开放日"), SUGGESTION_BOX("意见箱"), FAMILY_MEETING("家属座谈会"), SURVEY("满意度调查"), OTHER("其他");
        private final String label;
        Source(String label) { this.label = label; }
        @Override
        public String label() { return label; }
    }

    record Day(long id, String institutionName, LocalDate heldOn, String title, String participants, Integer visitors) {
    }

    record Opinion(long id, String institutionName, LocalDate receivedOn, Source source, String content, String response) {
    }

    @Transactional
    long recordDay(LocalDate heldOn, String title, String participants, Integer visitors) {
        InstitutionRoster.Entry site = ownSite();
        if (heldOn == null || heldOn.isAfter(today())) {
            throw PlatformException.badRequest("complaint.openDay.date");
        }
        if (visitors != null && visitors < 0) {
            throw PlatformException.badRequest("field.negative", "参加人数");
        }
        return jdbc.sql("""
                insert into complaint_open_day (institution_id, institution_name, region_code, held_on, title, participants, visitors,
                created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(site.id(), site.name(), site.regionCode(), heldOn, Texts.required(title, "活动主题", 200),
                        Texts.optional(participants, "参加人员（人大代表、政协委员、媒体、家属等）", 500), visitors,
                        java.sql.Timestamp.from(Instant.now(clock)), PlatformUser.current().username()).query(Long.class).single();
    }

    @Transactional
    long recordOpinion(LocalDate receivedOn, Source source, String content, String response) {
        InstitutionRoster.Entry site = ownSite();
        if (receivedOn == null || receivedOn.isAfter(today())) {
            throw PlatformException.badRequest("complaint.openDay.date");
        }
        return jdbc.sql("""
                insert into complaint_opinion (institution_id, institution_name, region_code, received_on, source, content, response,
                created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(site.id(), site.name(), site.regionCode(), receivedOn, source.name(), Texts.required(content, "意见内容", 2000),
                        Texts.optional(response, "处理与回应", 2000), java.sql.Timestamp.from(Instant.now(clock)),
                        PlatformUser.current().username()).query(Long.class).single();
    }

    List<Day> days() {
        return bound("select id, institution_name, held_on, title, participants, visitors from complaint_open_day where ", "held_on")
                .query(Day.class).list();
    }

    List<Opinion> opinions() {
        return bound("select id, institution_name, received_on, source, content, response from complaint_opinion where ", "received_on")
                .query(Opinion.class).list();
    }

    private JdbcClient.StatementSpec bound(String select, String dateColumn) {
        PlatformUser user = PlatformUser.current();
        if (user.institutionOnly()) {
            return jdbc.sql(select + "institution_id = :site order by " + dateColumn + " desc, id desc limit " + SHOWN)
                    .param("site", user.institutionId() == null ? -1L : user.institutionId());
        }
        return scope.bind(jdbc.sql(select + scope.condition("region_code") + " order by " + dateColumn + " desc, id desc limit " + SHOWN));
    }

    private InstitutionRoster.Entry ownSite() {
        PlatformUser user = PlatformUser.current();
        if (!user.has(Role.INSTITUTION) || user.institutionId() == null) {
            throw PlatformException.forbidden("complaint.openDay.institutionOnly");
        }
        return roster.find(user.institutionId()).orElseThrow(() -> PlatformException.forbidden("complaint.openDay.institutionOnly"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
