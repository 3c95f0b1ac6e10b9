package org.eldercare.oversight.registry.filing;

import java.util.List;
import java.util.Optional;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.registry.archive.Caller;
import org.eldercare.oversight.registry.archive.Institution;
import org.eldercare.oversight.common.Failures;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The papers of a filing (REG-2): its materials and its 书面信用承诺, changed only while the filing is with the
 * institution (a draft or returned for correction); the materials measured against the region's checklist (REG-11).
 */
@Service
public class FilingPapers {

    private final FilingAccess access;
    private final FilingAttachments attachments;
    private final CreditCommitments commitments;
    private final FilingChecklists checklists;
    private final FilingRepository filings;

    FilingPapers(FilingAccess access, FilingAttachments attachments, CreditCommitments commitments, FilingChecklists checklists,
                 FilingRepository filings) {
        this.access = access;
        this.attachments = attachments;
        this.commitments = commitments;
        this.checklists = checklists;
        this.filings = filings;
    }

    /** The checklist of the institution's region with the state of each material (REG-11). */
    @Transactional(readOnly = true)
    public ChecklistEvaluation checklist(long filingId) {
        FilingAccess.Readable r = access.load(filingId);
        return evaluate(r.filing(), r.institution());
    }

    ChecklistEvaluation evaluate(Filing f, Institution inst) {
        return ChecklistEvaluation.of(checklists.effective(inst.regionCode()), attachments.attachedMaterials(f.id()), f.premises(),
                inst.floorArea());
    }

    /** Declares what building the site uses (REG-11 exemptions); blank clears it. Only while the filing is with the institution. */
    @Transactional
    public void declarePremises(long filingId, String premisesName) {
        Filing f = access.loadEditable(Caller.current(), filingId).filing();
        f.declarePremises(Labelled.parseOr(Premises.class, premisesName, "服务场所建筑情况", null));
        try {
            filings.save(f);
        } catch (DataAccessException e) {
            if (!Failures.isOptimisticLock(e)) {
                throw e;
            }
            throw PlatformException.conflict("filing.changedMeanwhile");
        }
    }

    /** Attaches a material (PDF, JPG or PNG, at most 20 MB), checked by content, not by name. */
    @Transactional
    public long attach(long filingId, String materialName, String filename, byte[] content) {
        Caller caller = Caller.current();
        Filing f = access.loadEditable(caller, filingId).filing();
        FilingMaterial material = Labelled.parse(FilingMaterial.class, materialName, "材料类型");
        return attachments.add(f.id(), material, filename, content, caller.name());
    }

    @Transactional
    public void removeAttachment(long filingId, long attachmentId) {
        access.loadEditable(Caller.current(), filingId);
        if (commitments.isOriginalScan(attachmentId)) {
            throw PlatformException.conflict("filing.attachment.commitmentScan");
        }
        attachments.remove(filingId, attachmentId);
    }

    /**
     * The institution's responsible person signs the standard credit commitment (REG-2) — only through the institution's
     * own account, never through a partner system's API token (its approver, a supervisor, receives the secret); a
     * supervisor enters a paper original with {@link #enterPaperCommitment}.
     */
    @Transactional
    public void signCommitment(long filingId, String signerName, String signerTitle) {
        Caller caller = Caller.current();
        FilingAccess.Readable r = access.load(filingId);
        Filing f = r.filing();
        if (caller.user().isApiToken() || !FilingAccess.ownAccount(caller, r.institution())) {
            throw PlatformException.forbidden("filing.commitment.ownAccountOnly");
        }
        f.requireEditable();
        commitments.sign(filingId, f.institutionId(), signerName, signerTitle);
    }

    /**
     * 代录: a supervisor enters the commitment the institution signed on paper, with the scan of the original (PDF, JPG or
     * PNG), which is kept among the filing's materials. The public list and the receipt say it was entered on its behalf.
     */
    @Transactional
    public void enterPaperCommitment(long filingId, String signerName, String signerTitle, String filename, byte[] scan) {
        Caller caller = Caller.current();
        if (!caller.supervisor()) {
            throw PlatformException.forbidden("filing.commitment.proxySupervisorOnly");
        }
        Filing f = access.loadReadable(filingId);
        f.requireEditable();
        CreditCommitments.requireSigner(signerName, signerTitle);
        long scanId = attachments.add(filingId, FilingMaterial.COMMITMENT_ORIGINAL, filename, scan, caller.name());
        commitments.enterPaperOriginal(filingId, f.institutionId(), signerName, signerTitle, scanId, caller.name());
    }

    /** The materials of a filing the caller may read. */
    public List<FilingAttachments.Attachment> attachments(long filingId) {
        access.loadReadable(filingId);
        return attachments.of(filingId);
    }

    public FilingAttachments.Content attachmentContent(long filingId, long attachmentId) {
        access.loadReadable(filingId);
        return attachments.content(filingId, attachmentId);
    }

    /** The signed commitment of a filing, if any (the caller has read the filing or its institution). */
    public Optional<CreditCommitments.Commitment> commitment(long filingId) {
        return commitments.of(filingId);
    }
}
