package org.eldercare.oversight.inspection.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.inspection.InspectionCompleted;
import org.eldercare.oversight.inspection.inspector.Inspector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The task state machine (INS-1, INS-5): every allowed transition, every refused one, and what each records. */
class InspectionTaskTests {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Map<String, Consumer<InspectionTask>> ACTIONS = Map.of(
            "start", t -> t.start("u", NOW),
            "submit", t -> t.submit("u", NOW),
            "resume", t -> t.resume("补填", "u", NOW),
            "complete", t -> t.complete(TODAY, 5, 1, "u", NOW),
            "cancel", t -> t.cancel("机构已停业", "u", NOW));
    /** The allowed transitions: action → the states it may start from. */
    private static final Map<String, Set<TaskState>> ALLOWED = Map.of(
            "start", EnumSet.of(TaskState.PENDING),
            "submit", EnumSet.of(TaskState.IN_PROGRESS),
            "resume", EnumSet.of(TaskState.AWAITING_SIGNATURE),
            "complete", EnumSet.of(TaskState.AWAITING_SIGNATURE),
            "cancel", EnumSet.of(TaskState.PENDING, TaskState.IN_PROGRESS, TaskState.AWAITING_SIGNATURE));
    private static final Map<String, TaskState> TARGET = Map.of("start", TaskState.IN_PROGRESS, "submit", TaskState.AWAITING_SIGNATURE,
            "resume", TaskState.IN_PROGRESS, "complete", TaskState.COMPLETED, "cancel", TaskState.CANCELLED);

    static InspectionTask open(TaskKind kind) {
        InspectionTask t = InspectionTask.open(new InspectionTask.Plan(kind, new InspectionTask.Site(7L, "鹿城镇测试养老院", "52532301MJ0000001X",
                "532301101000"), 1L, TODAY.plusDays(7), TODAY.plusDays(20), TODAY.plusDays(2), null, null, "年度检查"), "sup", NOW);
        try {
            Field id = InspectionTask.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(t, 42L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return t;
    }

    static Inspector inspector(long id, LocalDate validUntil, String homeTownship, Long conflictWith) throws Exception {
        Constructor<Inspector> c = Inspector.class.getDeclaredConstructor();
        c.setAccessible(true);
        Inspector i = c.newInstance();
        set(i, "id", id);
        set(i, "name", "检查员" + id);
        set(i, "credentialValidUntil", validUntil);
        set(i, "homeTownshipCode", homeTownship);
        set(i, "active", true);
        if (conflictWith != null) {
            set(i, "conflicts", new java.util.HashSet<>(Set.of(new Inspector.Conflict(null, conflictWith, "亲属", NOW, "sup"))));
        }
        return i;
    }

    private static void set(Object o, String field, Object value) throws Exception {
        Field f = Inspector.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(o, value);
    }

    /** A task brought into {@code state} through allowed transitions. */
    static InspectionTask in(TaskState state) throws Exception {
        InspectionTask t = open(TaskKind.ROUTINE);
        t.assign(List.of(inspector(1, TODAY.plusYears(1), null, null), inspector(2, TODAY.plusYears(1), null, null)), TODAY, "sup", NOW);
        switch (state) {
            case PENDING -> { }
            case IN_PROGRESS -> t.start("u", NOW);
            case AWAITING_SIGNATURE -> { t.start("u", NOW); t.submit("u", NOW); }
            case COMPLETED -> { t.start("u", NOW); t.submit("u", NOW); t.complete(TODAY, 5, 1, "u", NOW); }
            case CANCELLED -> t.cancel("机构已停业", "u", NOW);
        }
        t.clearDomainEvents();
        return t;
    }

    @Test
    @DisplayName("INS-5: every action is allowed exactly from the listed states, moves to its target and records who, when, why")
    void everyTransition() throws Exception {
        for (var action : ACTIONS.entrySet()) {
            for (TaskState from : TaskState.values()) {
                InspectionTask t = in(from);
                int before = t.transitions().size();
                if (ALLOWED.get(action.getKey()).contains(from)) {
                    action.getValue().accept(t);
                    assertThat(t.state()).as(action.getKey() + " from " + from).isEqualTo(TARGET.get(action.getKey()));
                    InspectionTask.Transition last = t.transitions().get(t.transitions().size() - 1);
                    assertThat(t.transitions()).hasSize(before + 1);
                    assertThat(last.fromState()).isEqualTo(from);
                    assertThat(last.toState()).isEqualTo(TARGET.get(action.getKey()));
                    assertThat(last.byUser()).isEqualTo("u");
                    assertThat(last.at()).isEqualTo(NOW);
                } else {
                    assertThatThrownBy(() -> action.getValue().accept(t)).as(action.getKey() + " from " + from)
                            .isInstanceOfSatisfying(PlatformException.class, e -> {
                                assertThat(e.code()).isEqualTo("inspection.task.refused");
                                assertThat(e.status().value()).isEqualTo(409);
                            });
                    assertThat(t.state()).isEqualTo(from);
                    assertThat(t.transitions()).hasSize(before);
                }
            }
        }
    }

    @Test
    @DisplayName("INS-5: completing publishes InspectionCompleted with the counts; cancelling needs a reason and closes the to-do")
    void completionAndCancellation() throws Exception {
        InspectionTask t = in(TaskState.AWAITING_SIGNATURE);
        t.complete(TODAY, 13, 2, "u", NOW);
        assertThat(t.domainEvents()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(InspectionCompleted.class, c -> {
            assertThat(c.kind()).isEqualTo("ROUTINE");
            assertThat(c.itemsChecked()).isEqualTo(13);
            assertThat(c.itemsFailed()).isEqualTo(2);
            assertThat(c.institutionId()).isEqualTo(7L);
            assertThat(c.taskId()).isEqualTo(42L);
        })).contains(new InspectionTask.Closed(42L, TaskState.COMPLETED));
        InspectionTask p = in(TaskState.PENDING);
        assertThatThrownBy(() -> p.cancel(" ", "u", NOW)).isInstanceOf(PlatformException.class);
        assertThat(p.state()).isEqualTo(TaskState.PENDING);
        p.cancel("机构已停业", "u", NOW);
        assertThat(p.cancelReason()).isEqualTo("机构已停业");
        assertThat(p.transitions().get(p.transitions().size() - 1).reason()).isEqualTo("机构已停业");
    }

    @Test
    @DisplayName("INS-1: at least two inspectors with valid credentials, none with a conflict; start refuses an unassigned task")
    void assignment() throws Exception {
        InspectionTask t = open(TaskKind.ROUTINE);
        assertThatThrownBy(() -> t.start("u", NOW)).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo("inspection.task.twoInspectors"));
        Inspector valid = inspector(1, TODAY.plusYears(1), null, null);
        assertThatThrownBy(() -> t.assign(List.of(valid), TODAY, "sup", NOW)).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo("inspection.task.twoInspectors"));
        assertThatThrownBy(() -> t.assign(List.of(valid, valid), TODAY, "sup", NOW)).isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> t.assign(List.of(valid, inspector(2, TODAY.minusDays(1), null, null)), TODAY, "sup", NOW))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("inspection.task.credentialInvalid"));
        assertThatThrownBy(() -> t.assign(List.of(valid, inspector(3, TODAY.plusYears(1), "532301101000", null)), TODAY, "sup", NOW))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("inspection.task.conflicted"));
        assertThatThrownBy(() -> t.assign(List.of(valid, inspector(4, TODAY.plusYears(1), null, 7L)), TODAY, "sup", NOW))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("inspection.task.conflicted"));
        assertThat(t.inspectorIds()).isEmpty();
        t.assign(List.of(valid, inspector(5, TODAY.plusYears(1), "532302101000", 8L)), TODAY, "sup", NOW);
        assertThat(t.inspectorIds()).containsExactly(1L, 5L);
        t.start("u", NOW);
        assertThatThrownBy(() -> t.assign(List.of(valid, inspector(6, TODAY.plusYears(1), null, null)), TODAY, "sup", NOW))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("inspection.task.refused"));
    }

    @Test
    @DisplayName("INS-1: announced kinds keep their notice date; case checks (投诉核查, 备案核查) are unannounced")
    void notice() {
        assertThat(open(TaskKind.ROUTINE).noticeOn()).isEqualTo(TODAY.plusDays(2));
        assertThat(open(TaskKind.CAMPAIGN).noticeOn()).isEqualTo(TODAY.plusDays(2));
        assertThat(open(TaskKind.COMPLAINT).noticeOn()).isNull();
        assertThat(open(TaskKind.FILING_VERIFICATION).noticeOn()).isNull();
        assertThat(open(TaskKind.ROUTINE).state()).isEqualTo(TaskState.PENDING);
        assertThat(open(TaskKind.ROUTINE).transitions()).singleElement().satisfies(s -> {
            assertThat(s.fromState()).isNull();
            assertThat(s.toState()).isEqualTo(TaskState.PENDING);
        });
    }
}
