package org.eldercare.oversight.inspection.catalogue;

import org.springframework.data.repository.CrudRepository;

interface CheckTemplateRepository extends CrudRepository<CheckTemplate, Long> {
}
