package org.eldercare.oversight.registry.filing;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface FilingRepository extends ListCrudRepository<Filing, Long> {

    List<Filing> findByInstitutionIdOrderByIdDesc(Long institutionId);
}
