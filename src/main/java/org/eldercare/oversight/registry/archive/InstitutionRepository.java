package org.eldercare.oversight.registry.archive;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface InstitutionRepository extends ListCrudRepository<Institution, Long> {

    /** The service sites of a legal entity (REG-10), seat first. */
    List<Institution> findByUsccOrderBySiteNo(String uscc);

    /** The sites that ended into this one by 撤并 or 转型 (REG-13). */
    @Query("select * from institution where successor_id = :successorId order by id")
    List<Institution> findBySuccessorId(long successorId);
}
