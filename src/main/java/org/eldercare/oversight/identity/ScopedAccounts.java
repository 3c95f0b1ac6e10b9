package org.eldercare.oversight.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.Like;
import org.eldercare.oversight.codes.MobilePhone;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The accounts an administrator sees: those of their region and below. An account outside that scope is reported
 * as not found, like one that does not exist.
 */
@Service
public class ScopedAccounts {

    private final UserAccountRepository users;
    private final RegionService regions;
    private final DataScope scope;
    private final JdbcClient jdbc;
    private final Clock clock;

    ScopedAccounts(UserAccountRepository users, RegionService regions, DataScope scope, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.regions = regions;
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public UserSummary get(long id) {
        return summary(load(id));
    }

    /** Accounts in the caller's region and below whose username or name contains {@code q}, newest first. */
    public List<UserSummary> search(String q, int page, int size) {
        List<Long> ids = scope.bind(jdbc.sql("select id from user_account where " + scope.condition("region_code")
                        + " and (username like :q or display_name like :q) order by id desc limit :limit offset :offset")
                        .param("q", like(q)).param("limit", size).param("offset", page * size))
                .query(Long.class).list();
        return summaries(ids).stream().sorted((a, b) -> Long.compare(b.id(), a.id())).toList();
    }

    /** Accounts in the caller's region and below holding an administrator role (三员), oldest first. */
    public List<UserSummary> administrators() {
        String adminRoles = Arrays.stream(Role.values()).filter(Role::isAdmin).map(r -> "'" + r.name() + "'")
                .collect(Collectors.joining(","));
        List<Long> ids = scope.bind(jdbc.sql("select id from user_account where " + scope.condition("region_code")
                        + " and exists (select 1 from user_role r where r.user_id = user_account.id and r.role in ("
                        + adminRoles + ")) order by id"))
                .query(Long.class).list();
        return summaries(ids).stream().sorted(Comparator.comparing(UserSummary::id)).toList();
    }

    public long count(String q) {
        return scope.bind(jdbc.sql("select count(*) from user_account where " + scope.condition("region_code")
                        + " and (username like :q or display_name like :q)").param("q", like(q)))
                .query(Long.class).single();
    }

    private static String like(String q) {
        return Like.contains(q == null ? "" : q.trim());
    }

    /** The account, or 404 when it does not exist or lies outside the caller's scope. */
    UserAccount load(long id) {
        UserAccount u = users.findById(id).orElseThrow(() -> PlatformException.notFound("user.notFound"));
        if (!scope.contains(u.regionCode())) {
            throw PlatformException.notFound("user.notFound");
        }
        return u;
    }

    List<UserSummary> summaries(List<Long> ids) {
        return users.findAllById(ids).stream().map(this::summary).toList();
    }

    UserSummary summary(UserAccount u) {
        return new UserSummary(u.id(), u.username(), u.displayName(), u.roleSet(), u.regionCode(),
                regions.find(u.regionCode()).map(Region::name).orElse(u.regionCode()),
                u.departmentCode(), u.institutionId(), MobilePhone.mask(u.phone()), u.idNumberMasked(), u.enabled(),
                u.isLocked(Instant.now(clock)), u.mustChangePassword(), u.lastLoginAt());
    }
}
