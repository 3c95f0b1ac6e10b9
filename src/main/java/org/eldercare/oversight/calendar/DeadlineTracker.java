package org.eldercare.oversight.calendar;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines other modules compute and store. Tracking one here means it is recomputed when the holidays of a
 * year it touches are loaded, and the owner is told by a {@link DeadlineRecomputed} event.
 */
@Service
public class DeadlineTracker {

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;

    DeadlineTracker(JdbcClient jdbc, WorkingDayCalendar calendar, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.events = events;
    }

    /** Computes the deadline and remembers it under {@code (sourceType, sourceId)} (replacing an earlier one). */
    @Transactional
    public Deadline track(String sourceType, String sourceId, LocalDate from, int workingDays) {
        Deadline d = calendar.deadline(from, workingDays);
        jdbc.sql("""
                insert into tracked_deadline (source_type, source_id, start_date, working_days, due_date, provisional)
                values (?, ?, ?, ?, ?, ?)
                on conflict (source_type, source_id) do update set start_date = excluded.start_date,
                    working_days = excluded.working_days, due_date = excluded.due_date,
                    provisional = excluded.provisional, computed_at = now()""")
                .params(sourceType, sourceId, Date.valueOf(from), workingDays, Date.valueOf(d.deadline()), d.provisional())
                .update();
        return d;
    }

    /**
     * {@link #track} for many sources that share the start and the number of working days (a batch of new tasks): one
     * computation and one statement, whatever their number.
     */
    @Transactional
    public Deadline trackAll(String sourceType, List<String> sourceIds, LocalDate from, int workingDays) {
        Deadline d = calendar.deadline(from, workingDays);
        jdbc.sql("""
                insert into tracked_deadline (source_type, source_id, start_date, working_days, due_date, provisional)
                select ?, id, ?, ?, ?, ? from unnest(?::varchar[]) as id
                on conflict (source_type, source_id) do update set start_date = excluded.start_date,
                    working_days = excluded.working_days, due_date = excluded.due_date,
                    provisional = excluded.provisional, computed_at = now()""")
                .params(sourceType, Date.valueOf(from), workingDays, Date.valueOf(d.deadline()), d.provisional(),
                        sourceIds.toArray(String[]::new))
                .update();
        return d;
    }

    /** Stops tracking (the task it belonged to is done). */
    @Transactional
    public void untrack(String sourceType, String sourceId) {
        jdbc.sql("delete from tracked_deadline where source_type = ? and source_id = ?").params(sourceType, sourceId).update();
    }

    record Tracked(long id, String sourceType, String sourceId, LocalDate startDate, int workingDays, LocalDate dueDate,
                   boolean provisional) {
    }

    /** Recomputes every provisional deadline and every one whose range touches {@code year}; returns how many changed. */
    @Transactional
    public int recomputeAffectedBy(int year) {
        List<Tracked> affected = jdbc.sql("""
                select id, source_type, source_id, start_date, working_days, due_date, provisional from tracked_deadline
                where provisional or (start_date <= ? and due_date >= ?)""")
                .params(Date.valueOf(LocalDate.of(year, 12, 31)), Date.valueOf(LocalDate.of(year - 1, 12, 1)))
                .query(Tracked.class).list();
        int changed = 0;
        for (Tracked t : affected) {
            Deadline d = calendar.deadline(t.startDate(), t.workingDays());
            if (!d.deadline().equals(t.dueDate()) || d.provisional() != t.provisional()) {
                jdbc.sql("update tracked_deadline set due_date = ?, provisional = ?, computed_at = now() where id = ?")
                        .params(Date.valueOf(d.deadline()), d.provisional(), t.id()).update();
                events.publishEvent(new DeadlineRecomputed(t.sourceType(), t.sourceId(), t.dueDate(), d.deadline(), d.provisional()));
                changed++;
            }
        }
        return changed;
    }

    public Optional<Deadline> find(String sourceType, String sourceId) {
        return jdbc.sql("select start_date, working_days, due_date, provisional from tracked_deadline "
                        + "where source_type = ? and source_id = ?")
                .params(sourceType, sourceId)
                .query((rs, i) -> new Deadline(rs.getObject("start_date", LocalDate.class), rs.getInt("working_days"),
                        rs.getObject("due_date", LocalDate.class), rs.getBoolean("provisional")))
                .optional();
    }
}
