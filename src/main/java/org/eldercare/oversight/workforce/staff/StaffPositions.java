package org.eldercare.oversight.workforce.staff;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where a person currently works (for the module's own bookkeeping, no scope: never shown as such). */
@Component
public class StaffPositions {

    private final JdbcClient jdbc;

    StaffPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The institutions where the person has a current employment. */
    public List<Long> currentInstitutions(long personId) {
        return jdbc.sql("select distinct institution_id from staff_employment where person_id = ? and status <> 'ENDED'")
                .param(personId).query(Long.class).list();
    }
}
