package org.eldercare.oversight.complaint.handling;

import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.inspection.InspectionRequests;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A complaint's 投诉核查 (#13 item 3): opens an inspection task of kind COMPLAINT at the complaint's service site through the
 * inspection module's {@link InspectionRequests}, when that module is present (it lands from another branch); the action is
 * offered only then. The task is due by the complaint's feedback deadline (or in 5 days when that has passed).
 */
@Component
class ComplaintInspections {

    private final ObjectProvider<InspectionRequests> requests;
    private final ComplaintService service;

    ComplaintInspections(ObjectProvider<InspectionRequests> requests, ComplaintService service) {
        this.requests = requests;
        this.service = service;
    }

    boolean available() {
        return requests.getIfAvailable() != null;
    }

    @Transactional
    Complaint open(long id) {
        InspectionRequests inspection = requests.getIfAvailable();
        if (inspection == null) {
            throw PlatformException.conflict("complaint.inspection.unavailable");
        }
        Complaint c = service.load(id);
        if (c.place().institutionId() == null || !c.state().open() || c.inspectionTaskId() != null) {
            throw PlatformException.conflict("complaint.inspection.notPossible");
        }
        LocalDate today = service.today();
        LocalDate due = c.feedbackDue().isAfter(today) ? c.feedbackDue() : today.plusDays(5);
        long task = inspection.open(new InspectionRequests.Request("COMPLAINT", c.place().institutionId(), List.of(), due, null,
                "complaint", c.trackingCode(), "投诉核查：" + c.summary(), PlatformUser.current().username()));
        return service.linkInspection(id, task);
    }
}
