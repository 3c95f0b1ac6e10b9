package org.eldercare.oversight.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.Like;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
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

    /**
     * Accounts in the caller's region and below whose account name (any case) or name contains {@code q} (wildcards
     * literal), newest first, one keyset page with a capped total (issue #9 item 11).
     */
    public ListPage<UserSummary> search(String q, PageCursor cursor) {
        String where = " from user_account where " + scope.condition("region_code")
                + " and (username ilike :q or display_name like :q)";
        return cursor.page(c -> {
            List<Long> ids = scope.bind(c.bind(jdbc.sql("select id" + where + c.keyCondition("id") + c.orderAndLimit("id"))
                    .param("q", like(q)))).query(Long.class).list();
            Map<Long, UserSummary> byId = summaries(ids).stream().collect(Collectors.toMap(UserSummary::id, u -> u));
            return ids.stream().map(byId::get).toList();
        }, UserSummary::id, () -> scope.bind(jdbc.sql(ListPage.countSql("select 1" + where)).param("q", like(q)))
                .query(Long.class).single());
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
