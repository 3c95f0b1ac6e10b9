package org.eldercare.oversight.registry;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface InstitutionRepository extends ListCrudRepository<Institution, Long> {

    Optional<Institution> findByUscc(String uscc);
}
