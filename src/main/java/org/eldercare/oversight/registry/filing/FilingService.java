package org.eldercare.oversight.registry.filing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.common.Failures;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.registry.archive.Caller;
import org.eldercare.oversight.registry.archive.ChangeAction;
import org.eldercare.oversight.registry.archive.FilingState;
import org.eldercare.oversight.registry.archive.Institution;
import org.eldercare.oversight.registry.archive.InstitutionHistory;
import org.eldercare.oversight.registry.archive.InstitutionRepository;
import org.eldercare.oversight.registry.archive.InstitutionService;
import org.eldercare.oversight.registry.archive.InstitutionView;
import org.eldercare.oversight.registry.archive.RegistrySettings;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filing workflow (REG-2, REG-3): drafts, materials, the credit commitment, submission and the bureau's decision.
 * The {@link Filing} decides each transition and records its event; {@link FilingTasks} and {@link CreditCommitments}
 * react to them.
 */
@Service
public class FilingService {

    private final FilingRepository filings;
    private final FilingAccess access;
    private final CreditCommitments commitments;
    private final InstitutionService institutionService;
    private final InstitutionRepository institutions;
    private final InstitutionHistory history;
    private final ReceiptNumbers receipts;
    private final WorkingDayCalendar calendar;
    private final RegistrySettings settings;
    private final Clock clock;
    private final FilingPapers papers;
    private final FilingAuthorities authorities;

    FilingService(FilingRepository filings, FilingAccess access, FilingPapers papers, CreditCommitments commitments,
                  InstitutionService institutionService, InstitutionRepository institutions, InstitutionHistory history,
                  ReceiptNumbers receipts, WorkingDayCalendar calendar, RegistrySettings settings, Clock clock,
                  FilingAuthorities authorities) {
        this.filings = filings;
        this.access = access;
        this.papers = papers;
        this.authorities = authorities;
        this.commitments = commitments;
        this.institutionService = institutionService;
        this.institutions = institutions;
        this.history = history;
        this.receipts = receipts;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts a filing for an institution: the institution itself, or a supervisor on its behalf. */
    @Transactional
    public long draft(long institutionId, String kindName, LocalDate firstAdmissionDate, String changeSummary) {
        Caller caller = Caller.current();
        Institution inst = institutionService.loadReadable(institutionId);
        access.requireActor(caller, inst);
        Filing.Kind kind = Labelled.parseOr(Filing.Kind.class, kindName, "备案类型", Filing.Kind.INITIAL);
        if (filings.anyOpen(institutionId)) {
            throw PlatformException.conflict("filing.alreadyOpen");
        }
        if (kind == Filing.Kind.INITIAL && inst.filingStatus() == FilingState.FILED) {
            throw PlatformException.conflict("filing.initial.alreadyFiled");
        }
        if (kind == Filing.Kind.CHANGE && inst.filingStatus() != FilingState.FILED) {
            throw PlatformException.conflict("filing.change.notFiled");
        }
        if (firstAdmissionDate != null && firstAdmissionDate.isAfter(LocalDate.now(clock))) {
            throw PlatformException.badRequest("filing.firstAdmission.future");
        }
        LocalDate admission = institutionService.firstAdmissionFor(inst, firstAdmissionDate);
        try {
            return filings.save(Filing.draft(institutionId, kind, admission, changeSummary, caller.name(), Instant.now(clock))).id();
        } catch (DataAccessException e) {
            throw Failures.isDuplicateKey(e) ? PlatformException.conflict("filing.alreadyOpen") : e;
        }
    }

    @Transactional
    public void submit(long filingId) {
        Caller caller = Caller.current();
        FilingAccess.Readable r = access.load(filingId);
        Filing f = r.filing();
        Institution inst = r.institution();
        access.requireActor(caller, inst);
        f.submit(new Filing.Submission(commitments.signed(filingId), papers.evaluate(f, inst), authorities.of(inst).code(),
                lateDeadline(f, inst)), caller.name(), Instant.now(clock), LocalDate.now(clock));
        saveTransition(f, Filing.Status.SUBMITTED);
    }

    /** REG-3: the bureau the filing goes to (stored at submission; for a draft, the one the rule names now). */
    public FilingAuthorities.Authority authority(long filingId) {
        FilingAccess.Readable r = access.load(filingId);
        return authorities.of(r.filing(), r.institution());
    }

    /** REG-3: an initial filing is due within N working days (preset 10) after the first admission of residents. */
    private LocalDate lateDeadline(Filing f, Institution inst) {
        return f.kind() == Filing.Kind.INITIAL && f.firstAdmissionDate() != null
                ? calendar.deadline(f.firstAdmissionDate(), settings.value(inst.regionCode(), RegistrySettings.FILING_DEADLINE)).deadline()
                : null;
    }

    /**
     * 已备案: issues the filing authority's receipt number, publishes the commitment and announces the filing (REG-2,
     * REG-3). Only a supervisor of the authority or above decides (above: on its behalf, recorded).
     */
    @Transactional
    public String accept(long filingId) {
        Caller caller = access.requireSupervisor();
        FilingAccess.Readable r = access.load(filingId);
        Filing f = r.filing();
        Institution inst = r.institution();
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        FilingAuthorities.Authority authority = authorities.of(f, inst);
        Filing.Decider by = authorities.decider(caller, authority);
        f.requireTransition(Filing.Status.FILED); // refuse before a receipt number is drawn
        if (f.kind() == Filing.Kind.CHANGE && inst.filingStatus() != FilingState.FILED) {
            throw PlatformException.conflict("filing.change.institutionNotFiled");
        }
        String receipt = receipts.next(authority.code(), today.getYear());
        f.accept(receipt, today, by, now);
        saveTransition(f, Filing.Status.FILED);
        inst.markFiled(filingId, f.firstAdmissionDate(), today, receipt, f.kind() == Filing.Kind.INITIAL);
        institutions.save(inst);
        history.record(inst.id(), ChangeAction.FILED, Map.of("备案状态", new Object[] {"未备案", "已备案（" + receipt + "）"}),
                caller.name(), now);
        return receipt;
    }

    @Transactional
    public void returnForCorrection(long filingId, String reasons) {
        Caller caller = access.requireSupervisor();
        FilingAccess.Readable r = access.load(filingId);
        Filing f = r.filing();
        f.returnForCorrection(reasons, authorities.decider(caller, authorities.of(f, r.institution())), Instant.now(clock));
        saveTransition(f, Filing.Status.RETURNED);
    }

    /** 撤销: the filing no longer stands; its commitment is withdrawn from the public list. */
    @Transactional
    public void revoke(long filingId, String reason) {
        Caller caller = access.requireSupervisor();
        FilingAccess.Readable r = access.load(filingId);
        Filing f = r.filing();
        Institution inst = r.institution();
        Instant now = Instant.now(clock);
        f.revoke(reason, authorities.decider(caller, authorities.of(f, inst)), now);
        saveTransition(f, Filing.Status.REVOKED);
        if (f.kind() == Filing.Kind.INITIAL && !filings.anotherFiledInitial(inst.id(), f.id())) {
            inst.markRevoked();
            institutions.save(inst);
            history.record(inst.id(), ChangeAction.REVOKED, Map.of("备案状态", new Object[] {"已备案", "备案已撤销：" + f.revokeReason()}),
                    caller.name(), now);
        }
    }

    /**
     * What the printed 备案回执 says (REG-2): only a filing that stands (已备案) has one. For an initial filing it also
     * states the REG-3 on-site inspection deadline: the one the inspection task tracks, or, until that task exists, the
     * same count from the filing date.
     */
    public FilingReceipt receipt(long filingId) {
        FilingAccess.Readable r = access.load(filingId);
        Filing f = r.filing();
        if (f.status() != Filing.Status.FILED) {
            throw PlatformException.conflict("filing.receipt.notFiled", f.status().label());
        }
        Institution inst = r.institution();
        String onBehalf = f.transitions().stream().filter(t -> t.toStatus() == Filing.Status.FILED).reduce((a, b) -> b)
                .map(FilingTransition::note).orElse(null);
        return new FilingReceipt(InstitutionView.of(f), InstitutionView.of(inst, List.of()), commitments.of(filingId).orElse(null),
                authorities.of(f, inst).name(), onBehalf,
                f.submittedAt() == null ? null : f.submittedAt().atZone(clock.getZone()).toLocalDate(),
                f.kind() != Filing.Kind.INITIAL ? null : inspectionDue(f, inst));
    }

    private Deadline inspectionDue(Filing f, Institution inst) {
        // the inspection module tracks the task itself (REG-3 moved there); the receipt shows the same working-day deadline
        return calendar.deadline(f.filedDate(), settings.value(inst.regionCode(), RegistrySettings.VERIFICATION_DEADLINE));
    }
    /**
     * Saves a transition. When someone else moved the same filing in the meantime (two supervisors accepting at once),
     * the transition is refused with the usual Chinese message naming the state the filing is now in.
     */
    private void saveTransition(Filing f, Filing.Status target) {
        try {
            filings.save(f);
        } catch (DataAccessException e) {
            if (!Failures.isOptimisticLock(e)) {
                throw e;
            }
            Filing.Status now = filings.findById(f.id()).map(Filing::status).orElse(f.status());
            throw PlatformException.conflict("filing.transition", now.label(), target.label());
        }
    }

    /** A filing the caller may read (in scope; an institution user only its own); 404 otherwise. */
    public Filing loadReadable(long filingId) {
        return access.loadReadable(filingId);
    }

    public List<Filing> filingsOf(long institutionId) {
        institutionService.loadReadable(institutionId);
        return filings.findByInstitutionIdOrderByIdDesc(institutionId);
    }

}
