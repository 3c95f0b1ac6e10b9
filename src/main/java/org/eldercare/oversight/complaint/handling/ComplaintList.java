package org.eldercare.oversight.complaint.handling;

import java.time.LocalDate;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.region.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The complaints of the caller's region and below, newest first in keyset pages, optionally of one state; a department's
 * liaison sees those referred to his department. Contact data appear masked only.
 */
@Component
public class ComplaintList {

    private static final String SELECT = "select c.id, c.tracking_code, c.channel, c.category, c.summary, c.institution_name, "
            + "c.address, c.state, c.registered_on, c.feedback_due, c.feedback_on, c.department_code, r.name as region_name "
            + "from complaint c join region r on r.code = c.region_code where ";
    private final JdbcClient jdbc;
    private final DataScope scope;

    ComplaintList(JdbcClient jdbc, DataScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    public record Row(long id, String trackingCode, Channel channel, Category category, String summary, String institutionName,
                      String address, ComplaintState state, LocalDate registeredOn, LocalDate feedbackDue, LocalDate feedbackOn,
                      String departmentCode, String regionName) {

        public String place() {
            return institutionName != null ? institutionName : address;
        }

        public boolean feedbackOverdue(LocalDate today) {
            return feedbackOn == null && state == ComplaintState.REGISTERED && today.isAfter(feedbackDue);
        }

        public String departmentName() {
            return departmentCode == null ? null : Departments.name(departmentCode);
        }
    }

    public ListPage<Row> page(String state, PageCursor cursor) {
        ComplaintState s = state == null || state.isBlank() ? null : Labelled.parse(ComplaintState.class, state, "状态");
        PlatformUser user = PlatformUser.current();
        boolean liaison = user.has(Role.DEPARTMENT) && !user.has(Role.SUPERVISOR) && !user.has(Role.TOWNSHIP);
        String where = "(" + scope.condition("c.region_code") + " or " + scope.condition("c.place_region_code") + ")"
                + (s == null ? "" : " and c.state = :state") + (liaison ? " and c.department_code = :department" : "");
        return cursor.page(p -> bind(p.bind(jdbc.sql(SELECT + where + p.keyCondition("c.id") + p.orderAndLimit("c.id"))), s, user)
                        .query(Row.class).list(), Row::id,
                () -> bind(jdbc.sql(ListPage.countSql("select 1 from complaint c where " + where)), s, user).query(Long.class).single());
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ComplaintState s, PlatformUser user) {
        JdbcClient.StatementSpec bound = scope.bind(spec);
        if (s != null) {
            bound = bound.param("state", s.name());
        }
        if (user.has(Role.DEPARTMENT) && !user.has(Role.SUPERVISOR) && !user.has(Role.TOWNSHIP)) {
            bound = bound.param("department", user.departmentCode() == null ? "" : user.departmentCode());
        }
        return bound;
    }
}
