package org.eldercare.oversight.registry.archive;

import java.time.LocalDate;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * REG-3: an unfiled institution found admitting residents is inspected on site within 20 working days of the discovery
 * (a per-region setting with that preset). The inspection task, its tracked deadline and to-do belong to the inspection
 * module (it listens to {@code UnfiledInstitutionDiscovered}); this only tells the discovering user the due date.
 */
@Component
public class DiscoveryTasks {

    private final WorkingDayCalendar calendar;
    private final RegistrySettings settings;

    DiscoveryTasks(WorkingDayCalendar calendar, RegistrySettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /** The due date of the on-site inspection of an institution of {@code regionCode} discovered on {@code discoveredOn}. */
    Deadline due(String regionCode, LocalDate discoveredOn) {
        return calendar.deadline(discoveredOn, settings.value(regionCode, RegistrySettings.VERIFICATION_DEADLINE));
    }
}
