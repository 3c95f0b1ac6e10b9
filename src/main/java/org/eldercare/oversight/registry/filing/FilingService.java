package org.eldercare.oversight.registry.filing;

import org.eldercare.oversight.registry.archive.FilingState;

import org.eldercare.oversight.common.Labelled;

import org.eldercare.oversight.registry.archive.Caller;
import org.eldercare.oversight.registry.archive.Institution;
import org.eldercare.oversight.registry.archive.InstitutionRepository;
import org.eldercare.oversight.registry.archive.InstitutionService;
import org.eldercare.oversight.registry.archive.InstitutionView;
import org.eldercare.oversight.registry.archive.RegistrySettings;
import org.eldercare.oversight.registry.InstitutionFiled;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The filing workflow (REG-2, REG-3): drafts, materials, the credit commitment, submission and the bureau's decision. */
@Service
public class FilingService {

    static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;
    /** To-do for the institution: a draft to complete or a returned filing to correct. */
    static final String INSTITUTION_TASK = "registry.filing-institution";
    /** To-do for the region's supervisors: a submitted filing awaiting the bureau's decision. */
    static final String REVIEW_TASK = "registry.filing-review";
    public static final String COMMITMENT_TEXT = """
            本机构郑重承诺：按照建筑、消防、食品安全、医疗卫生、特种设备、环境保护等法律法规和强制性国家标准开展养老服务；\
            所提交的备案材料真实、准确、完整；自觉接受民政部门和有关部门的监督检查，如有违反，愿意承担相应法律责任，\
            并同意将本承诺及履行情况纳入信用记录、依法向社会公开。""";

    private final FilingRepository filings;
    private final InstitutionService institutionService;
    private final InstitutionRepository institutions;
    private final ReceiptNumbers receipts;
    private final WorkingDayCalendar calendar;
    private final RegistrySettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TodoBoard todos;
    private final DeadlineTracker deadlines;

    FilingService(FilingRepository filings, InstitutionService institutionService, InstitutionRepository institutions,
                  ReceiptNumbers receipts, WorkingDayCalendar calendar, RegistrySettings settings, JdbcClient jdbc, Clock clock,
                  ApplicationEventPublisher events, TodoBoard todos, DeadlineTracker deadlines) {
        this.todos = todos;
        this.deadlines = deadlines;
        this.filings = filings;
        this.institutionService = institutionService;
        this.institutions = institutions;
        this.receipts = receipts;
        this.calendar = calendar;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Starts a filing for an institution: the institution itself, or a supervisor on its behalf. */
    @Transactional
    public long draft(long institutionId, String kindName, LocalDate firstAdmissionDate, String changeSummary) {
        Caller caller = Caller.current();
        Institution inst = institutionService.loadReadable(institutionId);
        requireActor(caller, inst);
        Filing.Kind kind = kindName == null || kindName.isBlank() ? Filing.Kind.INITIAL
                : Labelled.parse(Filing.Kind.class, kindName, "备案类型");
        List<Filing> existing = filings.findByInstitutionIdOrderByIdDesc(institutionId);
        boolean open = existing.stream().anyMatch(f -> f.status() == Filing.Status.DRAFT || f.status() == Filing.Status.SUBMITTED
                || f.status() == Filing.Status.RETURNED);
        if (open) {
            throw PlatformException.conflict("filing.alreadyOpen");
        }
        if (kind == Filing.Kind.INITIAL && inst.filingStatus() == FilingState.FILED) {
            throw PlatformException.conflict("filing.initial.alreadyFiled");
        }
        if (kind == Filing.Kind.CHANGE && inst.filingStatus() != FilingState.FILED) {
            throw PlatformException.conflict("filing.change.notFiled");
        }
        LocalDate today = LocalDate.now(clock);
        if (firstAdmissionDate != null && firstAdmissionDate.isAfter(today)) {
            throw PlatformException.badRequest("filing.firstAdmission.future");
        }
        LocalDate admission = firstAdmissionDate != null ? firstAdmissionDate : inst.firstAdmissionDate();
        Filing saved = filings.save(Filing.draft(institutionId, kind, admission, changeSummary, caller.name(), Instant.now(clock)));
        String source = String.valueOf(saved.id());
        Deadline due = kind == Filing.Kind.INITIAL && admission != null
                ? deadlines.track(INSTITUTION_TASK, source, admission, settings.value(inst.regionCode(), RegistrySettings.FILING_DEADLINE))
                : null;
        todos.publish(new TodoItem(INSTITUTION_TASK, source, inst.regionCode(), "INSTITUTION",
                "继续办理" + kind.label() + "：" + inst.name() + "（草稿，尚未提交）", "/registry/filings/" + source,
                due == null ? null : due.deadline(), due != null && due.provisional(), inst.id()));
        return saved.id();
    }

    /** Attaches a material (PDF, JPG or PNG, at most 20 MB), checked by content, not by name. */
    @Transactional
    public long attach(long filingId, String materialName, String filename, byte[] content) {
        Caller caller = Caller.current();
        Filing f = loadReadable(filingId);
        requireActor(caller, institutionService.loadReadable(f.institutionId()));
        f.requireEditable();
        FilingMaterial material = Labelled.parse(FilingMaterial.class, materialName, "材料类型");
        if (content == null || content.length == 0) {
            throw PlatformException.badRequest("filing.attachment.empty");
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw PlatformException.badRequest("filing.attachment.tooLarge");
        }
        String type = detectType(content);
        if (type == null) {
            throw PlatformException.badRequest("filing.attachment.type");
        }
        String safeName = filename == null || filename.isBlank() ? "附件" : filename.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (safeName.length() > 200) {
            safeName = safeName.substring(safeName.length() - 200);
        }
        return jdbc.sql("""
                insert into filing_attachment (filing_id, material, filename, content_type, size_bytes, sm3, content, uploaded_at, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(filingId, material.name(), safeName, type, content.length, org.eldercare.oversight.common.Sm3.hash(content), content,
                        Timestamp.from(Instant.now(clock)), caller.name())
                .query(Long.class).single();
    }

    @Transactional
    public void removeAttachment(long filingId, long attachmentId) {
        Caller caller = Caller.current();
        Filing f = loadReadable(filingId);
        requireActor(caller, institutionService.loadReadable(f.institutionId()));
        f.requireEditable();
        if (jdbc.sql("delete from filing_attachment where id = ? and filing_id = ?").params(attachmentId, filingId).update() == 0) {
            throw PlatformException.notFound("filing.attachment.notFound");
        }
    }

    /** The institution's responsible person signs the standard credit commitment (REG-2). */
    @Transactional
    public void signCommitment(long filingId, String signerName, String signerTitle) {
        Caller caller = Caller.current();
        Filing f = loadReadable(filingId);
        requireActor(caller, institutionService.loadReadable(f.institutionId()));
        f.requireEditable();
        if (signerName == null || signerName.isBlank() || signerName.length() > 50) {
            throw PlatformException.badRequest("filing.commitment.signer");
        }
        if (signerTitle == null || signerTitle.isBlank() || signerTitle.length() > 50) {
            throw PlatformException.badRequest("filing.commitment.title");
        }
        jdbc.sql("""
                insert into credit_commitment (filing_id, institution_id, text, signer_name, signer_title, signed_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (filing_id) do update set signer_name = excluded.signer_name, signer_title = excluded.signer_title,
                    signed_at = excluded.signed_at, text = excluded.text""")
                .params(filingId, f.institutionId(), COMMITMENT_TEXT, signerName.trim(), signerTitle.trim(),
                        Timestamp.from(Instant.now(clock)))
                .update();
    }

    @Transactional
    public void submit(long filingId) {
        Caller caller = Caller.current();
        Filing f = loadReadable(filingId);
        Institution inst = institutionService.loadReadable(f.institutionId());
        requireActor(caller, inst);
        boolean signed = jdbc.sql("select count(*) from credit_commitment where filing_id = ?").param(filingId).query(Long.class).single() > 0;
        Set<String> attached = Set.copyOf(jdbc.sql("select distinct material from filing_attachment where filing_id = ?")
                .param(filingId).query(String.class).list());
        List<String> missing = Arrays.stream(FilingMaterial.values())
                .filter(m -> m.required() && !attached.contains(m.name())).map(FilingMaterial::label).toList();
        LocalDate lateDeadline = lateDeadline(f, inst);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        f.submit(signed, missing, lateDeadline, caller.name(), now, today);
        filings.save(f);
        todos.complete(INSTITUTION_TASK, String.valueOf(filingId));
        deadlines.untrack(INSTITUTION_TASK, String.valueOf(filingId));
        todos.publish(new TodoItem(REVIEW_TASK, String.valueOf(filingId), inst.regionCode(), "SUPERVISOR",
                f.kind().label() + "待审核：" + inst.name() + "（" + today + " 提交" + (f.late() ? "，逾期备案" : "") + "）",
                "/registry/filings/" + filingId, null, false));
    }

    /** REG-3: an initial filing is due within N working days (preset 10) after the first admission of residents. */
    private LocalDate lateDeadline(Filing f, Institution inst) {
        return f.kind() == Filing.Kind.INITIAL && f.firstAdmissionDate() != null
                ? calendar.deadline(f.firstAdmissionDate(), settings.value(inst.regionCode(), RegistrySettings.FILING_DEADLINE)).deadline()
                : null;
    }

    /** 已备案: issues the receipt number, publishes the commitment and announces the filing (REG-2, REG-3). */
    @Transactional
    public String accept(long filingId) {
        Caller caller = requireSupervisor();
        Filing f = loadReadable(filingId);
        Institution inst = institutionService.loadReadable(f.institutionId());
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        f.requireTransition(Filing.Status.FILED); // refuse before a receipt number is drawn
        String receipt = receipts.next(inst.regionCode(), today.getYear());
        f.accept(receipt, today, caller.name(), now);
        filings.save(f);
        todos.complete(REVIEW_TASK, String.valueOf(filingId));
        inst.markFiled(f.firstAdmissionDate());
        institutions.save(inst);
        jdbc.sql("update credit_commitment set published_at = ? where filing_id = ?").params(Timestamp.from(now), filingId).update();
        institutionService.recordChange(inst.id(), "FILED", Map.of("备案状态", new Object[] {"未备案", "已备案（" + receipt + "）"}),
                caller.name(), now);
        events.publishEvent(new InstitutionFiled(inst.id(), filingId, inst.uscc(), inst.name(), inst.regionCode(), today, receipt,
                f.kind() == Filing.Kind.INITIAL));
        return receipt;
    }

    @Transactional
    public void returnForCorrection(long filingId, String reasons) {
        Caller caller = requireSupervisor();
        Filing f = loadReadable(filingId);
        f.returnForCorrection(reasons, caller.name(), Instant.now(clock));
        filings.save(f);
        todos.complete(REVIEW_TASK, String.valueOf(filingId));
        Institution inst = institutionService.loadReadable(f.institutionId());
        String reason = f.returnReasons().length() > 60 ? f.returnReasons().substring(0, 60) + "…" : f.returnReasons();
        // only the accounts linked to this institution see it
        todos.publish(new TodoItem(INSTITUTION_TASK, String.valueOf(filingId), inst.regionCode(), "INSTITUTION",
                f.kind().label() + "被退回补正：" + inst.name() + "（" + reason + "）", "/registry/filings/" + filingId, null, false, inst.id()));
    }

    /** 撤销: the filing no longer stands; its commitment is withdrawn from the public list. */
    @Transactional
    public void revoke(long filingId, String reason) {
        Caller caller = requireSupervisor();
        Filing f = loadReadable(filingId);
        Instant now = Instant.now(clock);
        f.revoke(reason, caller.name(), now);
        filings.save(f);
        Institution inst = institutionService.loadReadable(f.institutionId());
        boolean otherFiled = filings.findByInstitutionIdOrderByIdDesc(inst.id()).stream()
                .anyMatch(o -> !o.id().equals(f.id()) && o.status() == Filing.Status.FILED && o.kind() == Filing.Kind.INITIAL);
        if (f.kind() == Filing.Kind.INITIAL && !otherFiled) {
            inst.markRevoked();
            institutions.save(inst);
            institutionService.recordChange(inst.id(), "REVOKED", Map.of("备案状态", new Object[] {"已备案", "备案已撤销：" + reason.trim()}),
                    caller.name(), now);
        }
        jdbc.sql("update credit_commitment set published_at = null where filing_id = ?").param(filingId).update();
    }

    /**
     * What the printed 备案回执 says (REG-2): only a filing that stands (已备案) has one. For an initial filing it also
     * states the REG-3 on-site inspection deadline: the one the inspection task tracks, or, until that task exists, the
     * same count from the filing date.
     */
    public Map<String, Object> receipt(long filingId) {
        Filing f = loadReadable(filingId);
        if (f.status() != Filing.Status.FILED) {
            throw PlatformException.conflict("filing.receipt.notFiled", f.status().label());
        }
        Institution inst = institutionService.loadReadable(f.institutionId());
        Map<String, Object> model = new java.util.LinkedHashMap<>();
        model.put("filing", InstitutionView.of(f));
        model.put("institution", InstitutionView.of(inst, List.of()));
        model.put("commitment", commitment(filingId).orElse(null));
        model.put("authority", receipts.authorityName(inst.regionCode()));
        model.put("submittedOn", f.submittedAt() == null ? null : f.submittedAt().atZone(clock.getZone()).toLocalDate());
        model.put("inspectionDue", f.kind() != Filing.Kind.INITIAL ? null
                : deadlines.find(VerificationTasks.TASK, String.valueOf(filingId)).orElseGet(() ->
                        calendar.deadline(f.filedDate(), settings.value(inst.regionCode(), RegistrySettings.VERIFICATION_DEADLINE))));
        return model;
    }

    public Filing loadReadable(long filingId) {
        Filing f = filings.findById(filingId).orElseThrow(() -> PlatformException.notFound("filing.notFound"));
        institutionService.loadReadable(f.institutionId()); // scope and own-institution check
        return f;
    }

    public record Attachment(long id, String material, String filename, String contentType, long sizeBytes, String sm3,
                             Instant uploadedAt, String uploadedBy) {
        public String materialLabel() {
            return FilingMaterial.valueOf(material).label();
        }
    }

    public record Commitment(String text, String signerName, String signerTitle, Instant signedAt, Instant publishedAt) {
    }

    public List<Attachment> attachments(long filingId) {
        loadReadable(filingId);
        return jdbc.sql("select id, material, filename, content_type, size_bytes, sm3, uploaded_at, uploaded_by from filing_attachment "
                + "where filing_id = ? order by id").param(filingId).query(Attachment.class).list();
    }

    public record AttachmentContent(String filename, String contentType, byte[] content) {
    }

    public AttachmentContent attachmentContent(long filingId, long attachmentId) {
        loadReadable(filingId);
        return jdbc.sql("select filename, content_type, content from filing_attachment where id = ? and filing_id = ?")
                .params(attachmentId, filingId).query(AttachmentContent.class).optional()
                .orElseThrow(() -> PlatformException.notFound("filing.attachment.notFound"));
    }

    public Optional<Commitment> commitment(long filingId) {
        return jdbc.sql("select text, signer_name, signer_title, signed_at, published_at from credit_commitment where filing_id = ?")
                .param(filingId).query(Commitment.class).optional();
    }

    public List<Filing> filingsOf(long institutionId) {
        institutionService.loadReadable(institutionId);
        return filings.findByInstitutionIdOrderByIdDesc(institutionId);
    }

    private static void requireActor(Caller caller, Institution inst) {
        boolean own = caller.institutionId() != null && caller.institutionId().equals(inst.id())
                && caller.user().has(org.eldercare.oversight.identity.Role.INSTITUTION);
        if (!own && !caller.supervisor()) {
            throw PlatformException.forbidden("error.forbidden");
        }
    }

    private static Caller requireSupervisor() {
        Caller caller = Caller.current();
        if (!caller.supervisor()) {
            throw PlatformException.forbidden("filing.decision.supervisorOnly");
        }
        return caller;
    }

    static String detectType(byte[] c) {
        if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
            return "application/pdf";
        }
        if (c.length >= 3 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xD8 && (c[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (c.length >= 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G'
                && c[4] == 0x0D && c[5] == 0x0A && c[6] == 0x1A && c[7] == 0x0A) {
            return "image/png";
        }
        return null;
    }

}
