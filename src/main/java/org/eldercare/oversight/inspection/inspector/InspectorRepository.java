package org.eldercare.oversight.inspection.inspector;

import org.springframework.data.repository.CrudRepository;

interface InspectorRepository extends CrudRepository<Inspector, Long> {
}
