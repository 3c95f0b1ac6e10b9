package org.eldercare.oversight.inspection.catalogue;

import org.springframework.data.repository.CrudRepository;

interface CheckItemRepository extends CrudRepository<CheckItem, Long> {
}
