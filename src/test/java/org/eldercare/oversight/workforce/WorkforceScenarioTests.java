package org.eldercare.oversight.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.SystemUser;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.workforce.ban.BanRegister;
import org.eldercare.oversight.workforce.ban.BanSource;
import org.eldercare.oversight.workforce.ban.IndustryBan;
import org.eldercare.oversight.workforce.staff.Employment;
import org.eldercare.oversight.workforce.staff.Hiring;
import org.eldercare.oversight.workforce.staff.StaffTasks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Module scenarios of WRK-3 on the services: the ban register's event and the staff registry's reaction — flags, to-dos —
 * in the transaction that enters the ban; the hiring that a ban refuses; an expired entry that changes nothing.
 */
@EnableScenarios
class WorkforceScenarioTests extends WorkforceFixtures {

    @Autowired
    BanRegister bans;
    @Autowired
    Hiring hiring;
    @Autowired
    TodoBoard todos;

    private PlatformUser county() {
        return users.principal("demo-county").orElseThrow();
    }

    private IndustryBan.Entry court(LocalDate start, LocalDate end) {
        return new IndustryBan.Entry("场景人员", BanSource.COURT, "（2025）云2301刑初7号", "楚雄市人民法院", "虐待", start, end);
    }

    private long hireAs(PlatformUser who, String uscc, String idNumber, LocalDate start) {
        long[] id = new long[1];
        SystemUser.runAs(who, () -> id[0] = hiring.hire(uscc, new Hiring.NewHire("场景人员", idNumber, null, "CARE_WORKER", null, start,
                null, null)).id());
        return id[0];
    }

    @Test
    @DisplayName("WRK-3: IndustryBan.Added → each current employment of the person is flagged (Employment.Flagged) and the "
            + "supervisors of its region get a to-do")
    void laterBanFlagsAndNotifies(Scenario scenario) throws Exception {
        LocalDate today = LocalDate.now(clock());
        String person = idNumber();
        String township = township("532301");
        long employment = hireAs(county(), institution("demo-county", township, "NURSING_HOME", 50, 20), person, today.minusMonths(6));
        PlatformUser local = users.principal(createUser("wf-sup", township, Set.of(Role.SUPERVISOR), PASSWORD)).orElseThrow();
        scenario.stimulate(() -> SystemUser.runAs(county(), () -> bans.add(person, court(today.minusDays(1), today.plusYears(3)))))
                .andWaitForEventOfType(Employment.Flagged.class)
                .matching(e -> e.employmentId() == employment)
                .toArriveAndVerify(e -> {
                    assertThat(e.regionCode()).isEqualTo(township);
                    assertThat(e.banEnd()).isEqualTo(today.plusYears(3));
                    assertThat(statusOf(employment)).isEqualTo("FLAGGED");
                    assertThat(jdbc.sql("select count(*) from todo_item where source_type = ? and source_id = ? and role = 'SUPERVISOR' "
                            + "and region_code = ? and status = 'OPEN'")
                            .params(StaffTasks.BANNED_STAFF, String.valueOf(employment), township)
                            .query(Long.class).single()).isEqualTo(1);
                    SystemUser.runAs(local, () -> assertThat(todos.openFor(Set.of(Role.SUPERVISOR), null, 50))
                            .extracting(TodoBoard.Entry::link).contains("/workforce/staff/" + employment));
                });
    }

    @Test
    @DisplayName("WRK-3: with an entry in force, the hiring is refused (workforce.hire.banned) and no employment is written")
    void hiringRefusedWhenBanned(Scenario scenario) throws Exception {
        LocalDate today = LocalDate.now(clock());
        String person = idNumber();
        String uscc = institution("demo-county", township("532301"), "NURSING_HOME", 50, 20);
        scenario.stimulate(() -> SystemUser.runAs(county(), () -> bans.add(person, court(today.minusYears(1), today.plusYears(2)))))
                .andWaitForEventOfType(IndustryBan.Added.class)
                .toArriveAndVerify(e -> assertThatThrownBy(() -> hireAs(county(), uscc, person, today))
                        .isInstanceOf(PlatformException.class).extracting(ex -> ((PlatformException) ex).code())
                        .isEqualTo("workforce.hire.banned"));
        assertThat(jdbc.sql("select count(*) from staff_employment where institution_id = ?").param(institutionId(uscc))
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("WRK-3: an entry already expired when entered flags nothing, and the person can be hired")
    void expiredEntryChangesNothing(Scenario scenario) throws Exception {
        LocalDate today = LocalDate.now(clock());
        String person = idNumber();
        String uscc = institution("demo-county", township("532301"), "NURSING_HOME", 50, 20);
        long employment = hireAs(county(), uscc, person, today.minusYears(6));
        scenario.stimulate(() -> SystemUser.runAs(county(), () -> bans.add(person, court(today.minusYears(5), today.minusYears(2)))))
                .andWaitForEventOfType(IndustryBan.Added.class)
                .toArriveAndVerify(e -> {
                    assertThat(e.endDate()).isBefore(today);
                    assertThat(statusOf(employment)).isEqualTo("ACTIVE");
                    assertThat(jdbc.sql("select count(*) from todo_item where source_type = ? and source_id = ?")
                            .params(StaffTasks.BANNED_STAFF, String.valueOf(employment)).query(Long.class).single()).isZero();
                });
        String other = institution("demo-county", township("532301"), "NURSING_HOME", 50, 20);
        assertThat(hireAs(county(), other, person, today)).isPositive();
    }
}
