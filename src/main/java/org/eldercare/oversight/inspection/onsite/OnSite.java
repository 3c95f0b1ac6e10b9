package org.eldercare.oversight.inspection.onsite;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eldercare.oversight.common.Failures;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.inspection.catalogue.Catalogue;
import org.eldercare.oversight.inspection.catalogue.CheckItem;
import org.eldercare.oversight.inspection.inspector.Inspector;
import org.eldercare.oversight.inspection.inspector.Inspectors;
import org.eldercare.oversight.inspection.task.InspectionTask;
import org.eldercare.oversight.inspection.task.TaskState;
import org.eldercare.oversight.inspection.task.Tasks;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The on-site use cases of a task (INS-5): start (the record of the template version's items that apply to the site's kind),
 * record a result, add a photo, submit for signature, sign (both inspectors and the institution's representative; the
 * task is then 已完成), correct a signed record, turn a 不符合 item into a hazard. A signed record refuses changes (409).
 */
@Service
public class OnSite {

    /** The three on-screen signatures (PNG data URLs) and the representative's name. */
    public record Signing(String representativeName, String inspectorOne, String inspectorTwo, String representative) {
    }

    private final Tasks tasks;
    private final RecordRepository records;
    private final Evidence evidence;
    private final Catalogue catalogue;
    private final Inspectors inspectors;
    private final InstitutionRoster roster;
    private final JdbcClient jdbc;
    private final Clock clock;

    OnSite(Tasks tasks, RecordRepository records, Evidence evidence, Catalogue catalogue, Inspectors inspectors,
           InstitutionRoster roster, JdbcClient jdbc, Clock clock) {
        this.tasks = tasks;
        this.records = records;
        this.evidence = evidence;
        this.catalogue = catalogue;
        this.inspectors = inspectors;
        this.roster = roster;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public InspectionRecord start(long taskId) {
        InspectionTask t = tasks.loadForWork(taskId);
        String by = PlatformUser.current().username();
        t.start(by, Instant.now(clock));
        tasks.save(t);
        String kind = roster.find(t.institutionId()).map(InstitutionRoster.Entry::kind).orElse(null);
        List<CheckItem> items = catalogue.itemsOf(catalogue.template(t.templateId())).stream()
                .filter(i -> kind == null || i.appliesTo(kind)).toList();
        return save(InspectionRecord.start(taskId, t.templateId(), items, by, Instant.now(clock)));
    }

    @Transactional
    public InspectionRecord recordResult(long taskId, String itemCode, String outcome, String note) {
        InspectionRecord r = editable(taskId);
        r.record(itemCode, Labelled.parse(Outcome.class, outcome, "检查结果"), note);
        return save(r);
    }

    @Transactional
    public Evidence.Photo addPhoto(long taskId, String itemCode, String fileName, String contentType, byte[] content) {
        InspectionRecord r = editable(taskId);
        r.acceptPhoto(itemCode);
        save(r); // bumps the version: a photo racing with the signature is refused
        return evidence.addPhoto(r.id(), itemCode, fileName, contentType, content, PlatformUser.current().username(), Instant.now(clock));
    }

    @Transactional
    public InspectionTask submit(long taskId) {
        InspectionTask t = tasks.loadForWork(taskId);
        latest(taskId).requireComplete();
        t.submit(PlatformUser.current().username(), Instant.now(clock));
        return tasks.save(t);
    }

    @Transactional
    public InspectionTask resume(long taskId, String reason) {
        InspectionTask t = tasks.loadForWork(taskId);
        t.resume(reason, PlatformUser.current().username(), Instant.now(clock));
        return tasks.save(t);
    }

    /** Signs the latest record: the first one completes the task (待签字 → 已完成); a correction is signed on a completed task. */
    @Transactional
    public InspectionRecord sign(long taskId, Signing s) {
        InspectionTask t = tasks.loadForWork(taskId);
        InspectionRecord r = latest(taskId);
        boolean correction = r.correctsRecordId() != null;
        if (!r.signed() && (correction ? t.state() != TaskState.COMPLETED : t.state() != TaskState.AWAITING_SIGNATURE)) {
            throw PlatformException.conflict("inspection.record.notAwaitingSignature");
        }
        List<Inspector> people = inspectors.findAll(t.inspectorIds());
        if (people.size() < 2) {
            throw PlatformException.conflict("inspection.task.twoInspectors");
        }
        byte[] one = Evidence.png(s.inspectorOne());
        byte[] two = Evidence.png(s.inspectorTwo());
        byte[] rep = Evidence.png(s.representative());
        String by = PlatformUser.current().username();
        Instant now = Instant.now(clock);
        r.sign(s.representativeName(), by, now);
        InspectionRecord saved = save(r);
        evidence.sign(saved.id(), "INSPECTOR_1", people.get(0).name(), s.inspectorOne(), now);
        evidence.sign(saved.id(), "INSPECTOR_2", people.get(1).name(), s.inspectorTwo(), now);
        evidence.sign(saved.id(), "REPRESENTATIVE", saved.representative(), s.representative(), now);
        if (!correction) {
            t.complete(tasks.today(), saved.results().size(), saved.failed(), by, now);
            tasks.save(t);
        }
        return saved;
    }

    /** A correction of the signed record of a completed task: a new, linked record to fill in and sign again. */
    @Transactional
    public InspectionRecord correct(long taskId) {
        InspectionTask t = tasks.loadForWork(taskId);
        if (t.state() != TaskState.COMPLETED) {
            throw PlatformException.conflict("inspection.record.correctCompletedOnly");
        }
        InspectionRecord old = latest(taskId);
        InspectionRecord fresh = save(old.correction(PlatformUser.current().username(), Instant.now(clock)));
        evidence.carryPhotos(old.id(), fresh.id());
        return fresh;
    }

    /** 转为隐患: publishes {@code FindingToHazard} for a 不符合 item of the latest record; listed as 待转隐患 meanwhile. */
    @Transactional
    public InspectionRecord.Result toHazard(long taskId, String itemCode) {
        InspectionTask t = tasks.loadForWork(taskId);
        InspectionRecord r = latest(taskId);
        List<String> photos = evidence.photos(r.id()).stream().filter(p -> p.itemCode().equals(itemCode)).map(Evidence.Photo::sha256)
                .toList();
        long findingId = jdbc.sql("select nextval('inspection_finding_seq')").query(Long.class).single();
        InspectionRecord.Result result = r.requestHazard(itemCode, findingId, new InspectionRecord.Finding(t.institutionId(), t.uscc(),
                t.regionCode(), photos, tasks.today()), PlatformUser.current().username(), Instant.now(clock));
        save(r);
        return result;
    }

    /** Refuses (409) when the task's latest record is signed: a signed record is locked, on the pages as in the API. */
    public void refuseIfLocked(long taskId) {
        tasks.loadForWork(taskId);
        records.findLatest(taskId).filter(InspectionRecord::signed).ifPresent(r -> {
            throw PlatformException.conflict("inspection.record.locked");
        });
    }

    /** The task's latest record, for a reader of the task; empty before the check started. */
    public java.util.Optional<InspectionRecord> current(long taskId) {
        tasks.load(taskId);
        return records.findLatest(taskId);
    }

    public List<Evidence.Photo> photos(long recordId) {
        return evidence.photos(recordId);
    }

    public List<Evidence.Signature> signatures(long recordId) {
        return evidence.signatures(recordId);
    }

    private InspectionRecord editable(long taskId) {
        InspectionTask t = tasks.loadForWork(taskId);
        InspectionRecord r = latest(taskId);
        if (!r.signed() && r.correctsRecordId() == null && t.state() != TaskState.IN_PROGRESS) {
            throw PlatformException.conflict("inspection.record.notInProgress", t.state().label());
        }
        return r;
    }

    private InspectionRecord latest(long taskId) {
        return records.findLatest(taskId).orElseThrow(() -> PlatformException.conflict("inspection.record.notStarted"));
    }

    private InspectionRecord save(InspectionRecord r) {
        try {
            return records.save(r);
        } catch (DataAccessException e) {
            throw Failures.isOptimisticLock(e) ? PlatformException.conflict("inspection.changed") : e;
        }
    }
}
