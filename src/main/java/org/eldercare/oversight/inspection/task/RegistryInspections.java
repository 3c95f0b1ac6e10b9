package org.eldercare.oversight.inspection.task;

import java.util.List;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.inspection.InspectionRequests;
import org.eldercare.oversight.registry.InstitutionFiled;
import org.eldercare.oversight.registry.UnfiledInstitutionDiscovered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * REG-3 tasks from the registry's events: an initial filing is verified on site within 20 working days of the filing date
 * (a regional setting), an unfiled institution found admitting residents within 20 working days of the discovery. The task
 * (备案核查) is opened unassigned; its due date is a tracked deadline, recomputed when a holiday year is loaded. A redelivered
 * event opens nothing twice.
 */
@Component
class RegistryInspections {

    static final String FILING = "registry.filing";
    static final String DISCOVERY = "registry.unfiled-discovery";
    private final Tasks tasks;
    private final TaskRepository repository;
    private final WorkingDayCalendar calendar;
    private final DeadlineTracker deadlines;
    private final InspectionSettings settings;

    RegistryInspections(Tasks tasks, TaskRepository repository, WorkingDayCalendar calendar, DeadlineTracker deadlines,
                        InspectionSettings settings) {
        this.tasks = tasks;
        this.repository = repository;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(InstitutionFiled e) {
        if (!e.initial()) {
            return;
        }
        open(FILING, String.valueOf(e.filingId()), e.institutionId(), e.regionCode(), e.filedDate(),
                "备案后现场核查（备案回执 " + e.receiptNo() + "）");
    }

    @ApplicationModuleListener
    void on(UnfiledInstitutionDiscovered e) {
        open(DISCOVERY, e.institutionId() + ":" + e.discoveredOn(), e.institutionId(), e.regionCode(), e.discoveredOn(),
                "发现未备案收住老人，现场检查并督促备案");
    }

    private void open(String sourceType, String sourceRef, long institutionId, String regionCode, java.time.LocalDate from,
                      String reason) {
        if (repository.existsBySource(sourceType, sourceRef)) {
            return;
        }
        int n = settings.value(regionCode, InspectionSettings.VERIFICATION_DEADLINE);
        Deadline due = calendar.deadline(from, n);
        long id = tasks.open(new InspectionRequests.Request(TaskKind.FILING_VERIFICATION.name(), institutionId, List.of(),
                due.deadline(), null, sourceType, sourceRef, reason, "system"));
        deadlines.track(TaskTodos.TASK, String.valueOf(id), from, n);
    }
}
