package org.eldercare.oversight.inspection.spotcheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eldercare.oversight.disclosure.PublicSections;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A service site's public 双随机抽查 results (DIS-1 page of the site, INS-4): each drawn plan it was selected in, and the result. */
@Component
class SpotCheckPublicSection implements PublicSections {

    private final JdbcClient jdbc;
    private final PublicSpotChecks published;

    SpotCheckPublicSection(JdbcClient jdbc, PublicSpotChecks published) {
        this.jdbc = jdbc;
        this.published = published;
    }

    @Override
    public Optional<Section> sectionFor(long institutionId) {
        List<Row> rows = jdbc.sql("select p.title, s.completed_on, s.items_checked, s.items_failed from spot_check_selection s "
                        + "join spot_check_plan p on p.id = s.plan_id where s.institution_id = ? and p.state = 'DRAWN' "
                        + "order by s.id desc limit 20").param(institutionId)
                .query((rs, n) -> {
                    LocalDate on = rs.getObject(2, LocalDate.class);
                    String value = on == null ? "已抽中，待检查"
                            : on + " 检查：" + published.result(on, rs.getInt(3), rs.getInt(4)).conclusion();
                    return new Row(rs.getString(1), value, "/public/spot-checks");
                }).list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Section("spot-checks", "双随机抽查结果", 100, rows));
    }
}
