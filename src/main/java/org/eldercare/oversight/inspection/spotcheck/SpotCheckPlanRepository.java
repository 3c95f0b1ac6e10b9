package org.eldercare.oversight.inspection.spotcheck;

import org.springframework.data.repository.ListCrudRepository;

interface SpotCheckPlanRepository extends ListCrudRepository<SpotCheckPlan, Long> {
}
