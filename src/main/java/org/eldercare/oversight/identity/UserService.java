package org.eldercare.oversight.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.codes.IdNumber;
import org.eldercare.oversight.codes.MobilePhone;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.FieldCipher;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.SensitiveDataRevealed;
import org.springframework.context.ApplicationEventPublisher;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.RegionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account administration (系统管理员) and self-service password change. */
@Service
public class UserService {

    private static final String TEMP_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private final UserAccountRepository users;
    private final SecurityPolicyStore policies;
    private final PasswordEncoder encoder;
    private final RegionService regions;
    private final DataScope scope;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<InstitutionDirectory> institutions;
    private final SecureRandom random = new SecureRandom();

    static final String ID_COLUMN = "user_account.id_number";

    UserService(UserAccountRepository users, SecurityPolicyStore policies, PasswordEncoder encoder,
                RegionService regions, DataScope scope, JdbcClient jdbc, Clock clock, FieldCipher cipher,
                ApplicationEventPublisher events, org.springframework.beans.factory.ObjectProvider<InstitutionDirectory> institutions) {
        this.institutions = institutions;
        this.cipher = cipher;
        this.events = events;
        this.users = users;
        this.policies = policies;
        this.encoder = encoder;
        this.regions = regions;
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static PlatformUser principalOf(UserAccount u) {
        return new PlatformUser(u.id(), u.username(), u.displayName(), u.roleSet(), u.regionCode(),
                u.departmentCode(), u.institutionId(), u.mustChangePassword(), null);
    }

    public record NewUser(String username, String displayName, String regionCode, Set<Role> roles,
                          String departmentCode, Long institutionId, String phone, String idNumber) {
    }

    public record Created(UserSummary user, String temporaryPassword) {
    }

    /** Creates an account with a generated temporary password that must be changed at first login. */
    @Transactional
    public Created create(NewUser n, String by) {
        validate(n.username(), n.displayName(), n.regionCode(), n.roles(), n.departmentCode(), n.phone());
        checkInstitution(n.institutionId(), n.regionCode());
        IdNumber id = parseOptionalId(n.idNumber());
        if (users.findByUsername(n.username().trim()).isPresent()) {
            throw PlatformException.conflict("user.duplicate", n.username().trim());
        }
        String temp = temporaryPassword();
        UserAccount u = UserAccount.create(n.username().trim(), n.displayName().trim(), encoder.encode(temp),
                n.regionCode(), n.roles(), by, true, Instant.now(clock));
        u.updateProfile(n.displayName().trim(), n.regionCode(), blankToNull(n.departmentCode()), n.institutionId(), phone(n.phone()));
        bind(u, id);
        u = users.save(u);
        return new Created(summary(u), temp);
    }

    /** Creates an account with a known password (bootstrap admin, demo accounts); not exposed to the web. */
    @Transactional
    public UserSummary createWithPassword(NewUser n, String password, boolean mustChange, String by) {
        validate(n.username(), n.displayName(), n.regionCode(), n.roles(), n.departmentCode(), n.phone());
        List<String> violations = PasswordRules.violations(n.username(), password, policies.current());
        if (!violations.isEmpty()) {
            throw PlatformException.badRequest(violations.get(0), policies.current().minPasswordLength());
        }
        IdNumber id = parseOptionalId(n.idNumber());
        UserAccount u = UserAccount.create(n.username().trim(), n.displayName().trim(), encoder.encode(password),
                n.regionCode(), n.roles(), by, mustChange, Instant.now(clock));
        u.updateProfile(n.displayName().trim(), n.regionCode(), blankToNull(n.departmentCode()), n.institutionId(), phone(n.phone()));
        bind(u, id);
        return summary(users.save(u));
    }

    /** Updates the profile; a blank phone keeps the stored one, a blank ID number keeps the bound one. */
    @Transactional
    public UserSummary update(long id, String displayName, String regionCode, Set<Role> roles, String departmentCode,
                              Long institutionId, String phone, String idNumber) {
        UserAccount u = loadInScope(id);
        validate(u.username(), displayName, regionCode, roles, departmentCode, phone);
        checkInstitution(institutionId, regionCode);
        IdNumber parsed = parseOptionalId(idNumber);
        u.assignRoles(roles);
        u.updateProfile(displayName.trim(), regionCode, blankToNull(departmentCode), institutionId,
                phone == null || phone.isBlank() ? u.phone() : phone(phone));
        bind(u, parsed);
        return summary(users.save(u));
    }

    /** Binds (or replaces) the account's 公民身份号码; the number is required and validated. */
    @Transactional
    public UserSummary bindIdNumber(long id, String raw) {
        UserAccount u = loadInScope(id);
        bind(u, IdNumber.parse(raw, LocalDate.now(clock.withZone(ClockConfiguration.ZONE))));
        return summary(users.save(u));
    }

    /** Accounts in scope bound to this 公民身份号码 (exact match through the blind index, nothing decrypted). */
    public List<UserSummary> findByIdNumber(String raw) {
        IdNumber id = IdNumber.parse(raw, LocalDate.now(clock.withZone(ClockConfiguration.ZONE)));
        List<Long> ids = scope.bind(jdbc.sql("select id from user_account where id_number_idx = :idx and " + scope.condition("region_code")
                        + " order by id").param("idx", cipher.blindIndex(id.value(), ID_COLUMN)))
                .query(Long.class).list();
        return users.findAllById(ids).stream().map(this::summary).toList();
    }

    /**
     * The full 公民身份号码 of an account, for an administrator who states why. The reveal is audited before the
     * number is returned; if the audit row cannot be written, nothing is revealed.
     */
    @Transactional(readOnly = true)
    public String revealIdNumber(long id, PlatformUser by, String reason, String clientIp) {
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw PlatformException.badRequest("user.idNumber.reasonRequired");
        }
        UserAccount u = loadInScope(id);
        if (u.idNumberEnc() == null) {
            throw PlatformException.notFound("user.idNumber.none");
        }
        events.publishEvent(new SensitiveDataRevealed(by.username(),
                by.roles().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(",")),
                by.regionCode(), "user", String.valueOf(id), "id_number", reason.trim(), clientIp));
        return cipher.decrypt(u.idNumberEnc(), ID_COLUMN);
    }

    /** A linked institution must exist and lie within the account's region. */
    private void checkInstitution(Long institutionId, String regionCode) {
        if (institutionId == null) {
            return;
        }
        InstitutionDirectory directory = institutions.getIfAvailable();
        InstitutionDirectory.Entry e = directory == null ? null : directory.find(institutionId).orElse(null);
        if (e == null) {
            throw PlatformException.badRequest("user.institution.invalid", String.valueOf(institutionId));
        }
        boolean within = regions.find(e.regionCode()).flatMap(r -> regions.find(regionCode).map(mine -> mine.isAncestorOrSelfOf(r))).orElse(false);
        if (!within) {
            throw PlatformException.badRequest("user.institution.outOfRegion", e.name());
        }
    }

    /** The name of the institution an account is linked to, for display. */
    /**
     * The institution an admin names by its 统一社会信用代码 (the number people know), for linking an account or a token;
     * blank → none.
     */
    public Long institutionIdByUscc(String uscc) {
        if (uscc == null || uscc.isBlank()) {
            return null;
        }
        String code = uscc.trim().toUpperCase(java.util.Locale.ROOT);
        InstitutionDirectory directory = institutions.getIfAvailable();
        return (directory == null ? java.util.Optional.<InstitutionDirectory.Entry>empty() : directory.findByUscc(code))
                .map(InstitutionDirectory.Entry::id)
                .orElseThrow(() -> PlatformException.badRequest("user.institution.usccNotFound", code));
    }

    /** The linked institution's 统一社会信用代码, to show in the admin forms. */
    public String institutionUscc(Long institutionId) {
        return linkedInstitution(institutionId).map(InstitutionDirectory.Entry::uscc).orElse(null);
    }

    private java.util.Optional<InstitutionDirectory.Entry> linkedInstitution(Long institutionId) {
        InstitutionDirectory directory = institutions.getIfAvailable();
        return institutionId == null || directory == null ? java.util.Optional.empty() : directory.find(institutionId);
    }

    /** Department code → Chinese name, for lists that show an account's or a token's department. */
    public java.util.Map<String, String> departmentNames() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        departments().forEach(d -> names.put(d.code(), d.name()));
        return names;
    }

    public String institutionName(Long institutionId) {
        return linkedInstitution(institutionId).map(InstitutionDirectory.Entry::name).orElse(null);
    }

    private IdNumber parseOptionalId(String raw) {
        return raw == null || raw.isBlank() ? null : IdNumber.parse(raw, LocalDate.now(clock.withZone(ClockConfiguration.ZONE)));
    }

    private void bind(UserAccount u, IdNumber id) {
        if (id != null) {
            u.bindIdNumber(cipher.encrypt(id.value(), ID_COLUMN), cipher.blindIndex(id.value(), ID_COLUMN), id.masked());
        }
    }

    private static String phone(String raw) {
        return raw == null || raw.isBlank() ? null : MobilePhone.parse(raw).value();
    }

    @Transactional
    public void disable(long id, String by) {
        UserAccount u = loadInScope(id);
        if (u.username().equals(by)) {
            throw PlatformException.badRequest("user.cannotDisableSelf");
        }
        u.disable();
        users.save(u);
    }

    @Transactional
    public void enable(long id) {
        UserAccount u = loadInScope(id);
        u.enable();
        users.save(u);
    }

    /** Sets a new temporary password (returned once) and unlocks the account. */
    @Transactional
    public String resetPassword(long id) {
        UserAccount u = loadInScope(id);
        String temp = temporaryPassword();
        u.resetPassword(encoder.encode(temp), Instant.now(clock));
        users.save(u);
        return temp;
    }

    /** The user's own change: checks the current password and the policy. Returns the refreshed principal. */
    @Transactional
    public PlatformUser changeOwnPassword(String username, String current, String next, String confirm) {
        UserAccount u = users.findByUsername(username).orElseThrow(() -> PlatformException.notFound("user.notFound"));
        if (!encoder.matches(current == null ? "" : current, u.passwordHash())) {
            throw PlatformException.badRequest("password.currentWrong");
        }
        if (next == null || !next.equals(confirm)) {
            throw PlatformException.badRequest("password.mismatch");
        }
        if (encoder.matches(next, u.passwordHash())) {
            throw PlatformException.badRequest("password.sameAsOld");
        }
        SecurityPolicy policy = policies.current();
        List<String> violations = PasswordRules.violations(username, next, policy);
        if (!violations.isEmpty()) {
            throw PlatformException.badRequest(violations.get(0), policy.minPasswordLength());
        }
        u.changePassword(encoder.encode(next), Instant.now(clock));
        return principalOf(users.save(u));
    }

    public record Department(String code, String name) {
    }

    /** The departments accounts and API tokens may belong to, in their display order. */
    public List<Department> departments() {
        return jdbc.sql("select code, name from department order by sort").query(Department.class).list();
    }

    /** The principal an account logs in as (for start-up work done in its name). */
    public java.util.Optional<PlatformUser> principal(String username) {
        return users.findByUsername(username).map(UserService::principalOf);
    }

    /** Links an account to its institution (机构用户), e.g. when demo data create the institution. */
    @Transactional
    public void linkInstitution(String username, long institutionId) {
        UserAccount u = users.findByUsername(username).orElseThrow(() -> PlatformException.notFound("user.notFound"));
        checkInstitution(institutionId, u.regionCode());
        u.updateProfile(u.displayName(), u.regionCode(), u.departmentCode(), institutionId, u.phone());
        users.save(u);
    }

    public boolean anyUserExists() {
        return users.count() > 0;
    }

    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
    }

    public UserSummary get(long id) {
        return summary(loadInScope(id));
    }

    /** Accounts in the caller's region and below, newest first. */
    public List<UserSummary> search(String q, int page, int size) {
        String like = "%" + (q == null ? "" : q.trim()) + "%";
        List<Long> ids = scope.bind(jdbc.sql("select id from user_account where " + scope.condition("region_code")
                        + " and (username like :q or display_name like :q) order by id desc limit :limit offset :offset")
                        .param("q", like).param("limit", size).param("offset", page * size))
                .query(Long.class).list();
        return users.findAllById(ids).stream().sorted((a, b) -> Long.compare(b.id(), a.id())).map(this::summary).toList();
    }

    public long count(String q) {
        String like = "%" + (q == null ? "" : q.trim()) + "%";
        return scope.bind(jdbc.sql("select count(*) from user_account where " + scope.condition("region_code")
                        + " and (username like :q or display_name like :q)").param("q", like))
                .query(Long.class).single();
    }

    private UserAccount loadInScope(long id) {
        UserAccount u = users.findById(id).orElseThrow(() -> PlatformException.notFound("user.notFound"));
        if (!scope.contains(u.regionCode())) {
            throw PlatformException.notFound("user.notFound");
        }
        return u;
    }

    private void validate(String username, String displayName, String regionCode, Set<Role> roles, String departmentCode, String phone) {
        if (username == null || !username.trim().matches("[A-Za-z0-9._-]{3,64}")) {
            throw PlatformException.badRequest("user.username.invalid");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 64) {
            throw PlatformException.badRequest("user.displayName.invalid");
        }
        if (roles == null || Role.violation(roles) != null) {
            throw PlatformException.badRequest(roles == null ? "user.roles.empty" : Role.violation(roles));
        }
        if (regions.find(regionCode).isEmpty()) {
            throw PlatformException.badRequest("user.region.invalid", regionCode);
        }
        if (!scope.contains(regionCode)) {
            throw PlatformException.badRequest("user.region.outOfScope", regionCode);
        }
        if (roles.contains(Role.DEPARTMENT) && (departmentCode == null || departmentCode.isBlank())) {
            throw PlatformException.badRequest("user.department.required");
        }
        if (departmentCode != null && !departmentCode.isBlank()
                && jdbc.sql("select count(*) from department where code = ?").param(departmentCode).query(Long.class).single() == 0) {
            throw PlatformException.badRequest("user.department.invalid");
        }
        if (phone != null && !phone.isBlank()) {
            MobilePhone.parse(phone);
        }
    }

    private String temporaryPassword() {
        // 12 chars from letters and digits plus a symbol: always meets the 3-of-4 class rule
        StringBuilder sb = new StringBuilder();
        sb.append(TEMP_CHARS.charAt(random.nextInt(24))); // an upper-case letter
        sb.append("abcdefghijkmnpqrstuvwxyz".charAt(random.nextInt(24)));
        sb.append("23456789".charAt(random.nextInt(8)));
        for (int i = 0; i < 9; i++) {
            sb.append(TEMP_CHARS.charAt(random.nextInt(TEMP_CHARS.length())));
        }
        sb.append('#');
        return sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    UserSummary summary(UserAccount u) {
        return new UserSummary(u.id(), u.username(), u.displayName(), u.roleSet(), u.regionCode(),
                regions.find(u.regionCode()).map(r -> r.name()).orElse(u.regionCode()),
                u.departmentCode(), u.institutionId(), MobilePhone.mask(u.phone()), u.idNumberMasked(), u.enabled(),
                u.isLocked(Instant.now(clock)), u.mustChangePassword(), u.lastLoginAt());
    }

    public record UserSummary(Long id, String username, String displayName, Set<Role> roles, String regionCode,
                              String regionName, String departmentCode, Long institutionId, String phoneMasked,
                              String idNumberMasked, boolean enabled, boolean locked, boolean mustChangePassword, Instant lastLoginAt) {
    }
}
