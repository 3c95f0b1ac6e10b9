package org.eldercare.oversight.registry.archive;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * REG-12: a site's land/building transition period ends five years after it starts; the supervisors of its region get a
 * to-do, due on the end date, a regional-setting number of days before it ({@value #SETTING}, preset 180). A daily
 * db-scheduler sweep (02:00 Asia/Shanghai, one node) announces each period once; a changed start announces it again.
 */
@Configuration(proxyBeanMethods = false)
public class TransitionWarnings {

    public static final String TASK = "registry.transition-period";
    static final String SETTING = "transition.warning.days";
    private static final int SETTING_CEILING = 3_660;
    private final JdbcClient jdbc;
    private final InstitutionRepository institutions;
    private final TodoBoard todos;
    private final RegistrySettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    TransitionWarnings(JdbcClient jdbc, InstitutionRepository institutions, TodoBoard todos, RegistrySettings settings,
                       TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.institutions = institutions;
        this.todos = todos;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> transitionPeriodSweep() {
        return Tasks.recurring(TASK, Schedules.daily(ZoneId.of("Asia/Shanghai"), LocalTime.of(2, 0)))
                .execute((instance, context) -> sweep());
    }

    private record Due(long id, String name, String regionCode, LocalDate transitionEndsOn) {
    }

    /** Announces the periods now within their region's warning time; returns how many. */
    public int sweep() {
        LocalDate today = LocalDate.now(clock);
        List<Due> candidates = jdbc.sql("""
                select id, name, region_code, transition_ends_on from institution
                where transition_ends_on is not null and transition_warned_at is null and life_event is null
                  and transition_ends_on <= ? order by transition_ends_on limit 10000""")
                .param(today.plusDays(SETTING_CEILING)).query(Due.class).list();
        Map<String, Integer> warningDays = new HashMap<>();
        int announced = 0;
        for (Due d : candidates) {
            int days = warningDays.computeIfAbsent(d.regionCode(), r -> settings.value(r, SETTING));
            if (!d.transitionEndsOn().isAfter(today.plusDays(days))) {
                tx.executeWithoutResult(s -> announce(d));
                announced++;
            }
        }
        return announced;
    }

    private void announce(Due d) {
        todos.publish(new TodoItem(TASK, String.valueOf(d.id()), d.regionCode(), Role.SUPERVISOR,
                "土地/房屋过渡期将于 " + d.transitionEndsOn() + " 届满：" + d.name(), "/registry/institutions/" + d.id(),
                d.transitionEndsOn(), false));
        Institution site = institutions.findById(d.id()).orElseThrow();
        site.transitionAnnounced(Instant.now(clock));
        institutions.save(site);
    }
}
