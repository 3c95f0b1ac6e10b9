package org.eldercare.oversight.workforce.staff;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface EmploymentRepository extends ListCrudRepository<Employment, Long> {

    /** The ids of the person's current employments (在职, also those already flagged), anywhere in the country. */
    @Query("select id from staff_employment where person_id = :person and status <> 'ENDED' order by id")
    List<Long> currentIds(@Param("person") long personId);

    @Query("select exists (select 1 from staff_employment where person_id = :person and institution_id = :institution"
            + " and status <> 'ENDED')")
    boolean currentAt(@Param("person") long personId, @Param("institution") long institutionId);

    List<Employment> findByPersonIdOrderByStartDateDesc(Long personId);

    /** The ids of the employments a ban flagged and that are still flagged. */
    @Query("select id from staff_employment where flagged_ban_id = :ban and status = 'FLAGGED' order by id")
    List<Long> flaggedBy(@Param("ban") long banId);
}
