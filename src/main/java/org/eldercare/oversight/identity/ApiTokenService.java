package org.eldercare.oversight.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.Sm3;
import org.eldercare.oversight.region.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for partner systems, bound to a department or an institution and a region, stored only as an SM3
 * hash, expiring and revocable. 三员分立: the system administrator only requests a token (and revokes it); a token
 * opens business data only after a 民政监管员 of its region or above approves it. The secret is generated at the
 * approval and shown once, to the approver, who hands it to the partner system: the system administrator never holds
 * a working token. A token opens the API only while its approver's account is enabled; disabling that account
 * revokes it.
 */
@Service
public class ApiTokenService {

    static final String PREFIX = "eot_";
    private static final int DEFAULT_VALID_DAYS = 90;
    private static final String COLUMNS = "select id, name, token_prefix, department_code, institution_id, region_code, expires_at, "
            + "revoked_at, revoked_by, last_used_at, created_at, created_by, approved_by, approved_at from api_token ";
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DataScope scope;
    private final Departments departments;
    private final AccountProfileRules rules;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(JdbcClient jdbc, Clock clock, DataScope scope, Departments departments, AccountProfileRules rules) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.scope = scope;
        this.departments = departments;
        this.rules = rules;
    }

    public record Issued(long id, String token, Instant expiresAt) {
    }

    public record TokenView(long id, String name, String tokenPrefix, String departmentCode, Long institutionId,
                            String regionCode, Instant expiresAt, Instant revokedAt, String revokedBy,
                            Instant lastUsedAt, Instant createdAt, String createdBy, String approvedBy, Instant approvedAt) {
        public TokenStatus status(Instant now) {
            return TokenStatus.of(revokedAt, approvedAt, expiresAt, now);
        }
    }

    /** The system administrator's request: checked and stored without a secret, waiting for a business approver. */
    @Transactional
    public TokenView request(String name, String departmentCode, Long institutionId, String regionCode, int validDays,
                             String by) {
        String department = departmentCode == null || departmentCode.isBlank() ? null : departmentCode;
        requireValid(name, department, institutionId, regionCode, validDays);
        Instant provisionalExpiry = Instant.now(clock).plus(validDays, ChronoUnit.DAYS); // counted again from the approval
        long id = jdbc.sql("""
                insert into api_token (name, department_code, institution_id, region_code, expires_at, valid_days, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(name.trim(), department, institutionId, regionCode, Timestamp.from(provisionalExpiry), validDays, by)
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    private void requireValid(String name, String department, Long institutionId, String regionCode, int validDays) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw PlatformException.badRequest("token.name.invalid");
        }
        if (department == null && institutionId == null) {
            throw PlatformException.badRequest("token.binding.required");
        }
        if (department != null && !departments.exists(department)) {
            throw PlatformException.badRequest("user.department.invalid");
        }
        if (validDays < 1 || validDays > 366) {
            throw PlatformException.badRequest("token.validity.range");
        }
        if (!scope.contains(regionCode)) {
            throw PlatformException.badRequest("user.region.outOfScope", regionCode);
        }
        rules.checkRegionChange(regionCode, null);
        rules.checkInstitution(institutionId, regionCode, "token.institution.outOfRegion");
    }

    /**
     * A 民政监管员 whose region contains the token's approves a pending request: the secret is generated now and
     * returned this once. The validity runs from the approval.
     */
    @Transactional
    public Issued approve(long id, PlatformUser approver) {
        if (!approver.has(Role.SUPERVISOR) || approver.isApiToken()) {
            throw PlatformException.forbidden("token.approve.supervisorOnly");
        }
        TokenView t = find(id).orElseThrow(() -> PlatformException.notFound("token.notFound"));
        if (t.revokedAt() != null) {
            throw PlatformException.conflict("token.alreadyRevoked");
        }
        if (t.approvedAt() != null) {
            throw PlatformException.conflict("token.alreadyApproved");
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = PREFIX + HexFormat.of().formatHex(bytes);
        Instant now = Instant.now(clock);
        int days = jdbc.sql("select coalesce(valid_days, ?) from api_token where id = ?").params(DEFAULT_VALID_DAYS, id)
                .query(Integer.class).single();
        Instant expires = now.plus(days, ChronoUnit.DAYS);
        int updated = jdbc.sql("""
                update api_token set token_prefix = ?, token_hash = ?, approved_by_id = ?, approved_by = ?, approved_at = ?,
                       expires_at = ? where id = ? and approved_at is null and revoked_at is null""")
                .params(token.substring(0, 10), Sm3.hash(token), approver.id(), approver.username(), Timestamp.from(now),
                        Timestamp.from(expires), id)
                .update();
        if (updated != 1) {
            throw PlatformException.conflict("token.alreadyApproved");
        }
        return new Issued(id, token, expires);
    }

    @Transactional
    public void revoke(long id, String by) {
        TokenView t = find(id).orElseThrow(() -> PlatformException.notFound("token.notFound"));
        if (t.revokedAt() != null) {
            throw PlatformException.conflict("token.alreadyRevoked");
        }
        jdbc.sql("update api_token set revoked_at = ?, revoked_by = ? where id = ?")
                .params(Timestamp.from(Instant.now(clock)), by, id).update();
    }

    /** Revokes every token the account approved (the account is being disabled). */
    void revokeApprovedBy(long userId, String by) {
        jdbc.sql("update api_token set revoked_at = ?, revoked_by = ? where approved_by_id = ? and revoked_at is null")
                .params(Timestamp.from(Instant.now(clock)), by, userId).update();
    }

    /** Tokens and requests in the caller's region and below, newest first. */
    public List<TokenView> list() {
        return scope.bind(jdbc.sql(COLUMNS + "where " + scope.condition("region_code") + " order by id desc"))
                .query(TokenView.class).list();
    }

    /** Requests in the caller's region and below waiting for a business approver, oldest first. */
    public List<TokenView> pending() {
        return scope.bind(jdbc.sql(COLUMNS + "where approved_at is null and revoked_at is null and "
                        + scope.condition("region_code") + " order by id"))
                .query(TokenView.class).list();
    }

    private Optional<TokenView> find(long id) {
        return scope.bind(jdbc.sql(COLUMNS + "where id = :id and " + scope.condition("region_code")).param("id", id))
                .query(TokenView.class).optional();
    }

    /**
     * The principal a presented token stands for, if it is known, approved, unexpired, not revoked and its approver's
     * account is enabled. The principal's name carries the token's number and name, never any part of the secret.
     */
    Optional<PlatformUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Optional<TokenView> found = jdbc.sql(COLUMNS + """
                        where token_hash = ? and approved_at is not null and revoked_at is null
                        and exists (select 1 from user_account a where a.id = api_token.approved_by_id and a.enabled)""")
                .param(Sm3.hash(token)).query(TokenView.class).optional()
                .filter(t -> t.expiresAt().isAfter(now));
        found.ifPresent(t -> jdbc.sql("update api_token set last_used_at = ? where id = ?")
                .params(Timestamp.from(now), t.id()).update());
        return found.map(t -> new PlatformUser(null, principalName(t), t.name(),
                t.departmentCode() != null ? Set.of(Role.DEPARTMENT) : Set.of(Role.INSTITUTION),
                t.regionCode(), t.departmentCode(), t.institutionId(), false, t.id()));
    }

    /** {@code token:<number>(<name>)}, at most 64 characters (the width of the audit's and records' user columns). */
    private static String principalName(TokenView t) {
        String name = "token:" + t.id() + "(" + t.name() + ")";
        return name.length() <= 64 ? name : name.substring(0, 63) + ")";
    }
}
