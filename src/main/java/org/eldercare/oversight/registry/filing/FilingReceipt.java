package org.eldercare.oversight.registry.filing;

import java.time.LocalDate;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.registry.archive.InstitutionView;

/**
 * What the printed 备案回执 says (REG-2): the filing that stands, the institution, its signed commitment, the filing
 * authority (REG-3; {@code onBehalf}: the bureau above it that decided in its stead), the day the institution submitted
 * and, for an initial filing, the REG-3 on-site inspection deadline.
 */
public record FilingReceipt(InstitutionView.FilingView filing, InstitutionView institution, CreditCommitments.Commitment commitment,
                            String authority, String onBehalf, LocalDate submittedOn, Deadline inspectionDue) {
}
