package org.eldercare.oversight.inspection.onsite;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface RecordRepository extends CrudRepository<InspectionRecord, Long> {

    /** The task's latest record (a correction is newer than what it corrects). */
    @Query("select * from inspection_record where task_id = :taskId order by id desc limit 1")
    Optional<InspectionRecord> findLatest(long taskId);
}
