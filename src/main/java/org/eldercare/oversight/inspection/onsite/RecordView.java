package org.eldercare.oversight.inspection.onsite;

import java.time.Instant;
import java.util.List;
import org.eldercare.oversight.inspection.catalogue.Department;

/** A record as the API and pages show it: results with their photos, signatures' signers, pending 转为隐患 findings. */
public record RecordView(long id, long taskId, Long correctsRecordId, boolean signed, Instant signedAt, String representative,
                         List<Item> results, List<String> signers) {

    /** One item's result. {@code pendingHazard}: handed over as 待转隐患 (no hazard module has taken it yet). */
    public record Item(String itemCode, String itemName, String department, String outcome, String outcomeLabel, String note,
                       boolean pendingHazard, Long findingId, List<Evidence.Photo> photos) {
    }

    static RecordView of(InspectionRecord r, List<Evidence.Photo> photos, List<Evidence.Signature> signatures) {
        List<Item> items = r.results().stream().map(x -> new Item(x.itemCode(), x.itemName(), Department.labelOf(x.departmentCode()),
                x.outcome() == null ? null : x.outcome().name(), x.outcome() == null ? "未填" : x.outcome().label(), x.note(),
                x.hazardRequestedAt() != null, x.findingId(),
                photos.stream().filter(p -> p.itemCode().equals(x.itemCode())).toList())).toList();
        return new RecordView(r.id(), r.taskId(), r.correctsRecordId(), r.signed(), r.signedAt(), r.representative(), items,
                signatures.stream().map(s -> s.signerName()).toList());
    }

    public long failed() {
        return results.stream().filter(i -> "NON_COMPLIANT".equals(i.outcome())).count();
    }
}
