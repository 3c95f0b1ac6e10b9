package org.eldercare.oversight.inspection.inspector;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** An inspector as the API and pages show it. */
public record InspectorView(long id, String name, String department, String departmentLabel, String regionCode,
                            String homeTownshipCode, String credentialNo, LocalDate credentialValidUntil, boolean active,
                            boolean credentialValid, List<ConflictView> conflicts) {

    /** A declared conflict. */
    public record ConflictView(long institutionId, String reason, String declaredBy) {
    }

    public static InspectorView of(Inspector i, LocalDate today) {
        return new InspectorView(i.id(), i.name(), i.departmentCode(), i.departmentLabel(), i.regionCode(), i.homeTownshipCode(),
                i.credentialNo(), i.credentialValidUntil(), i.active(), i.credentialValidOn(today),
                i.conflicts().stream().sorted(Comparator.comparing(Inspector.Conflict::institutionId))
                        .map(c -> new ConflictView(c.institutionId(), c.reason(), c.declaredBy())).toList());
    }
}
