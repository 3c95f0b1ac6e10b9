package org.eldercare.oversight.inspection.task;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface TaskRepository extends CrudRepository<InspectionTask, Long> {

    @Query("select exists (select 1 from inspection_task where source_type = :sourceType and source_ref = :sourceRef)")
    boolean existsBySource(String sourceType, String sourceRef);
}
