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
 * Bearer tokens for partner systems: issued by the system administrator, bound to a department or an
 * institution and a region, stored only as an SM3 hash, expiring and revocable.
 */
@Service
public class ApiTokenService {

    static final String PREFIX = "eot_";
    private static final String COLUMNS = "select id, name, token_prefix, department_code, institution_id, region_code, expires_at, "
            + "revoked_at, revoked_by, last_used_at, created_at, created_by from api_token ";
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DataScope scope;
    private final Departments departments;
    private final LinkedInstitutions institutions;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(JdbcClient jdbc, Clock clock, DataScope scope, Departments departments, LinkedInstitutions institutions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.scope = scope;
        this.departments = departments;
        this.institutions = institutions;
    }

    public record Issued(long id, String token, Instant expiresAt) {
    }

    public record TokenView(long id, String name, String tokenPrefix, String departmentCode, Long institutionId,
                            String regionCode, Instant expiresAt, Instant revokedAt, String revokedBy,
                            Instant lastUsedAt, Instant createdAt, String createdBy) {
        public TokenStatus status(Instant now) {
            return TokenStatus.of(revokedAt, expiresAt, now);
        }
    }

    @Transactional
    public Issued issue(String name, String departmentCode, Long institutionId, String regionCode, int validDays, String by) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw PlatformException.badRequest("token.name.invalid");
        }
        if ((departmentCode == null || departmentCode.isBlank()) && institutionId == null) {
            throw PlatformException.badRequest("token.binding.required");
        }
        if (departmentCode != null && !departmentCode.isBlank() && !departments.exists(departmentCode)) {
            throw PlatformException.badRequest("user.department.invalid");
        }
        if (institutionId != null && institutions.find(institutionId).isEmpty()) {
            throw PlatformException.badRequest("user.institution.invalid", String.valueOf(institutionId));
        }
        if (validDays < 1 || validDays > 366) {
            throw PlatformException.badRequest("token.validity.range");
        }
        if (!scope.contains(regionCode)) {
            throw PlatformException.badRequest("user.region.outOfScope", regionCode);
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = PREFIX + HexFormat.of().formatHex(bytes);
        Instant expires = Instant.now(clock).plus(validDays, ChronoUnit.DAYS);
        long id = jdbc.sql("""
                insert into api_token (name, token_prefix, token_hash, department_code, institution_id, region_code, expires_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(name.trim(), token.substring(0, 10), Sm3.hash(token),
                        departmentCode == null || departmentCode.isBlank() ? null : departmentCode, institutionId, regionCode,
                        Timestamp.from(expires), by)
                .query(Long.class).single();
        return new Issued(id, token, expires);
    }

    @Transactional
    public void revoke(long id, String by) {
        TokenView t = list().stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> PlatformException.notFound("token.notFound"));
        if (t.revokedAt() != null) {
            throw PlatformException.conflict("token.alreadyRevoked");
        }
        jdbc.sql("update api_token set revoked_at = ?, revoked_by = ? where id = ?")
                .params(Timestamp.from(Instant.now(clock)), by, id).update();
    }

    public List<TokenView> list() {
        return scope.bind(jdbc.sql(COLUMNS + "where " + scope.condition("region_code") + " order by id desc"))
                .query(TokenView.class).list();
    }

    /** The principal a presented token stands for, if it is known, unexpired and not revoked. */
    Optional<PlatformUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Optional<TokenView> found = jdbc.sql(COLUMNS + "where token_hash = ?")
                .param(Sm3.hash(token)).query(TokenView.class).optional()
                .filter(t -> t.revokedAt() == null && t.expiresAt().isAfter(now));
        found.ifPresent(t -> jdbc.sql("update api_token set last_used_at = ? where id = ?")
                .params(Timestamp.from(now), t.id()).update());
        return found.map(t -> new PlatformUser(null, "token:" + t.tokenPrefix() + "(" + t.name() + ")", t.name(),
                t.departmentCode() != null ? Set.of(Role.DEPARTMENT) : Set.of(Role.INSTITUTION),
                t.regionCode(), t.departmentCode(), t.institutionId(), false, t.id()));
    }
}
