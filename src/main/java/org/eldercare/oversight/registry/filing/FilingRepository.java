package org.eldercare.oversight.registry.filing;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface FilingRepository extends ListCrudRepository<Filing, Long> {

    List<Filing> findByInstitutionIdOrderByIdDesc(Long institutionId);

    /** Whether the institution has a filing still in progress (草稿, 已提交 or 退回补正; {@link Filing#open()}). */
    @Query("select exists (select 1 from filing where institution_id = :institution and status in ('DRAFT', 'SUBMITTED', 'RETURNED'))")
    boolean anyOpen(@Param("institution") long institutionId);

    /** Whether another initial filing of the institution stands (已备案). */
    @Query("""
            select exists (select 1 from filing where institution_id = :institution and id <> :filing
                           and status = 'FILED' and kind = 'INITIAL')""")
    boolean anotherFiledInitial(@Param("institution") long institutionId, @Param("filing") long filingId);
}
