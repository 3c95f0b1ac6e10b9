package org.eldercare.oversight.registry.archive;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface InstitutionRepository extends ListCrudRepository<Institution, Long> {

    /** The service sites of a legal entity (REG-10), seat first. */
    List<Institution> findByUsccOrderBySiteNo(String uscc);
}
