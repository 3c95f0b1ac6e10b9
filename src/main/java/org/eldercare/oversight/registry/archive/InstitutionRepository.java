package org.eldercare.oversight.registry.archive;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface InstitutionRepository extends ListCrudRepository<Institution, Long> {

    Optional<Institution> findByUscc(String uscc);
}
