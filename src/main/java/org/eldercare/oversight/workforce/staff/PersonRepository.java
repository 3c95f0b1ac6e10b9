package org.eldercare.oversight.workforce.staff;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, Long> {

    Optional<Person> findByIdNumberIdx(String idNumberIdx);
}
