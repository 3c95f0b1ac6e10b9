package org.eldercare.oversight.inspection.onsite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eldercare.oversight.common.AggregateRoot;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.inspection.FindingToHazard;
import org.eldercare.oversight.inspection.catalogue.CheckItem;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The record of one visit (现场检查记录): the template version's items with their results. Once signed it is locked: every
 * change is refused with a 409; a correction is a new record that names the one it corrects. Marking a 不符合 item for
 * 转为隐患 is not a change of the record and is allowed once.
 */
@Table("inspection_record")
public class InspectionRecord extends AggregateRoot<InspectionRecord> {

    /** One item's result. */
    @Table("inspection_result")
    public static final class Result {
        private final long itemId;
        private final String itemCode;
        private final String itemName;
        private final String departmentCode;
        private Outcome outcome;
        private String note;
        private Instant hazardRequestedAt;
        private String hazardRequestedBy;
        private Long findingId;

        Result(long itemId, String itemCode, String itemName, String departmentCode, Outcome outcome, String note,
               Instant hazardRequestedAt, String hazardRequestedBy, Long findingId) {
            this.itemId = itemId;
            this.itemCode = itemCode;
            this.itemName = itemName;
            this.departmentCode = departmentCode;
            this.outcome = outcome;
            this.note = note;
            this.hazardRequestedAt = hazardRequestedAt;
            this.hazardRequestedBy = hazardRequestedBy;
            this.findingId = findingId;
        }

        public String itemCode() { return itemCode; }
        public String itemName() { return itemName; }
        public String departmentCode() { return departmentCode; }
        public Outcome outcome() { return outcome; }
        public String note() { return note; }
        public Instant hazardRequestedAt() { return hazardRequestedAt; }
        public long itemId() { return itemId; }
        public Long findingId() { return findingId; }
    }

    /** Where a finding was made, for {@link FindingToHazard}. */
    record Finding(long institutionId, String uscc, String regionCode, java.util.List<String> photoSha256, java.time.LocalDate foundOn) {
    }

    @Id
    private Long id;
    private long taskId;
    private Long correctsRecordId;
    private long templateId;
    private String representative;
    private Instant signedAt;
    private String signedBy;
    private Instant createdAt;
    private String createdBy;
    @Version
    private int version;
    @MappedCollection(idColumn = "inspection_record", keyColumn = "inspection_record_key")
    private List<Result> results = new ArrayList<>();

    InspectionRecord() {
    }

    /** A new, empty record of the template version's items. */
    static InspectionRecord start(long taskId, long templateId, List<CheckItem> items, String by, Instant now) {
        InspectionRecord r = new InspectionRecord();
        r.taskId = taskId;
        r.templateId = templateId;
        r.results = new ArrayList<>(items.stream().map(i -> new Result(i.id(), i.code(), i.name(), i.departmentCode(), null, null,
                null, null, null)).toList());
        r.createdAt = now;
        r.createdBy = by;
        return r;
    }

    /** A correction of this signed record: a new record with the same results, unsigned, naming this one. */
    InspectionRecord correction(String by, Instant now) {
        if (signedAt == null) {
            throw PlatformException.conflict("inspection.record.notSigned");
        }
        InspectionRecord r = new InspectionRecord();
        r.taskId = taskId;
        r.templateId = templateId;
        r.correctsRecordId = id;
        r.results = new ArrayList<>(results.stream().map(x -> new Result(x.itemId, x.itemCode, x.itemName, x.departmentCode,
                x.outcome, x.note, null, null, null)).toList());
        r.createdAt = now;
        r.createdBy = by;
        return r;
    }

    void record(String itemCode, Outcome outcome, String note) {
        refuseIfSigned();
        if (outcome == null) {
            throw PlatformException.badRequest("field.required", "检查结果");
        }
        if (note != null && note.length() > 1000) {
            throw PlatformException.badRequest("field.tooLong", "说明", "1000");
        }
        Result r = result(itemCode);
        r.outcome = outcome;
        r.note = note == null || note.isBlank() ? null : note.trim();
    }

    /** Checks that a photo may still be added to this record (unsigned, the item exists). */
    void acceptPhoto(String itemCode) {
        refuseIfSigned();
        result(itemCode);
    }

    /** Every item has a result: the record may go to signature. */
    void requireComplete() {
        refuseIfSigned();
        List<String> open = results.stream().filter(r -> r.outcome == null).map(r -> r.itemName).toList();
        if (!open.isEmpty()) {
            throw PlatformException.badRequest("inspection.record.incomplete", open.size(), open.get(0));
        }
    }

    void sign(String representativeName, String by, Instant now) {
        requireComplete();
        if (representativeName == null || representativeName.isBlank() || representativeName.trim().length() > 64) {
            throw PlatformException.badRequest("field.required", "机构代表姓名");
        }
        representative = representativeName.trim();
        signedAt = now;
        signedBy = by;
    }

    /** Marks a 不符合 item for 转为隐患 (once) and publishes the finding for the hazard module. */
    Result requestHazard(String itemCode, long findingId, Finding f, String by, Instant now) {
        Result r = result(itemCode);
        if (r.outcome != Outcome.NON_COMPLIANT) {
            throw PlatformException.badRequest("inspection.finding.notFailed");
        }
        if (r.hazardRequestedAt != null) {
            throw PlatformException.conflict("inspection.finding.alreadyRequested");
        }
        r.hazardRequestedAt = now;
        r.hazardRequestedBy = by;
        r.findingId = findingId;
        registerEvent(new FindingToHazard(findingId, taskId, f.institutionId(), f.uscc(), f.regionCode(), r.itemCode, r.itemName,
                r.departmentCode, r.note, f.photoSha256(), f.foundOn(), by));
        return r;
    }

    private void refuseIfSigned() {
        if (signedAt != null) {
            throw PlatformException.conflict("inspection.record.locked");
        }
    }

    private Result result(String itemCode) {
        return results.stream().filter(r -> r.itemCode.equals(itemCode)).findFirst()
                .orElseThrow(() -> PlatformException.badRequest("inspection.record.unknownItem", itemCode == null ? "" : itemCode));
    }

    public Long id() { return id; }
    public long taskId() { return taskId; }
    public Long correctsRecordId() { return correctsRecordId; }
    public String representative() { return representative; }
    public Instant signedAt() { return signedAt; }
    public boolean signed() { return signedAt != null; }
    public List<Result> results() { return List.copyOf(results); }
    public int failed() { return (int) results.stream().filter(r -> r.outcome == Outcome.NON_COMPLIANT).count(); }
}
