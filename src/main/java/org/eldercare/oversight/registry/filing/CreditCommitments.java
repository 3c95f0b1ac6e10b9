package org.eldercare.oversight.registry.filing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.registry.archive.Institution;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 书面信用承诺 of a filing (REG-2): the institution's responsible person signs the standard text; it is published
 * when the filing is accepted and withdrawn from the public list when the filing is revoked.
 */
@Component
public class CreditCommitments {

    public static final String TEXT = """
            本机构郑重承诺：按照建筑、消防、食品安全、医疗卫生、特种设备、环境保护等法律法规和强制性国家标准开展养老服务；\
            所提交的备案材料真实、准确、完整；自觉接受民政部门和有关部门的监督检查，如有违反，愿意承担相应法律责任，\
            并同意将本承诺及履行情况纳入信用记录、依法向社会公开。""";
    private final JdbcClient jdbc;
    private final Clock clock;

    CreditCommitments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A signed commitment; {@code publishedAt} is set while the filing stands. {@code proxyEntry}: a supervisor entered a
     * paper original (代录, by {@code enteredBy}); the scan of the original is kept as a filing attachment.
     */
    public record Commitment(String text, String signerName, String signerTitle, Instant signedAt, Instant publishedAt,
                             boolean proxyEntry, String enteredBy) {
    }

    /** The institution's own account signs: this replaces any earlier entry, including a 代录. */
    void sign(long filingId, long institutionId, String signerName, String signerTitle) {
        requireSigner(signerName, signerTitle);
        save(filingId, institutionId, signerName, signerTitle, false, null, null);
    }

    /** 代录: a supervisor enters a paper original signed at the institution; refused once the institution signed itself. */
    void enterPaperOriginal(long filingId, long institutionId, String signerName, String signerTitle, long scanId, String by) {
        if (of(filingId).filter(c -> !c.proxyEntry()).isPresent()) {
            throw PlatformException.conflict("filing.commitment.alreadySignedByInstitution");
        }
        save(filingId, institutionId, signerName, signerTitle, true, by, scanId);
    }

    /** Throws unless the name and title of the person who signs are given (at most 50 characters each). */
    static void requireSigner(String signerName, String signerTitle) {
        if (signerName == null || signerName.isBlank() || signerName.length() > 50) {
            throw PlatformException.badRequest("filing.commitment.signer");
        }
        if (signerTitle == null || signerTitle.isBlank() || signerTitle.length() > 50) {
            throw PlatformException.badRequest("filing.commitment.title");
        }
    }

    private void save(long filingId, long institutionId, String signerName, String signerTitle, boolean proxy, String by, Long scanId) {
        jdbc.sql("""
                insert into credit_commitment (filing_id, institution_id, text, signer_name, signer_title, signed_at, proxy_entry,
                    entered_by, original_scan_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (filing_id) do update set signer_name = excluded.signer_name, signer_title = excluded.signer_title,
                    signed_at = excluded.signed_at, text = excluded.text, proxy_entry = excluded.proxy_entry,
                    entered_by = excluded.entered_by, original_scan_id = excluded.original_scan_id""")
                .params(filingId, institutionId, TEXT, signerName.trim(), signerTitle.trim(), Timestamp.from(Instant.now(clock)),
                        proxy, by, scanId)
                .update();
    }

    Optional<Commitment> of(long filingId) {
        return jdbc.sql("select text, signer_name, signer_title, signed_at, published_at, proxy_entry, entered_by "
                        + "from credit_commitment where filing_id = ?")
                .param(filingId).query(Commitment.class).optional();
    }

    /** Whether the attachment is the scan of a 代录 commitment's paper original (it may not be removed on its own). */
    boolean isOriginalScan(long attachmentId) {
        return jdbc.sql("select count(*) from credit_commitment where original_scan_id = ?").param(attachmentId)
                .query(Long.class).single() > 0;
    }

    boolean signed(long filingId) {
        return of(filingId).isPresent();
    }

    @EventListener
    void on(Filing.Accepted e) {
        jdbc.sql("update credit_commitment set published_at = ? where filing_id = ?")
                .params(Timestamp.from(Instant.now(clock)), e.filingId()).update();
    }

    @EventListener
    void on(Filing.Revoked e) {
        jdbc.sql("update credit_commitment set published_at = null where filing_id = ?").param(e.filingId()).update();
    }

    /** The institution's filing no longer stands: every commitment it published (change filings too) leaves the list. */
    @EventListener
    void on(Institution.FilingRevoked e) {
        jdbc.sql("update credit_commitment set published_at = null where institution_id = ?").param(e.institutionId()).update();
    }
}
