package org.eldercare.oversight.complaint.handling;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ComplaintRepository extends ListCrudRepository<Complaint, Long> {

    Optional<Complaint> findByTrackingCode(String trackingCode);

    boolean existsByWorkOrderNo(String workOrderNo);
}
