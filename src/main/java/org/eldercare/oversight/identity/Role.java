package org.eldercare.oversight.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.eldercare.oversight.common.Labelled;

/**
 * Roles. Business roles may be combined; the three administrator roles (三员分立, 等保2.0 三级) are
 * exclusive: a user holding one holds no other role at all.
 */
public enum Role implements Labelled {
    SUPERVISOR("民政监管员", false),
    TOWNSHIP("乡镇工作人员", false),
    INSPECTOR("执法检查人员", false),
    DEPARTMENT("协同部门联络员", false),
    INSTITUTION("机构用户", false),
    SYSADMIN("系统管理员", true),
    SECADMIN("安全管理员", true),
    AUDITADMIN("审计管理员", true);

    /** What Spring Security puts before a role's name in an authority ({@code ROLE_SUPERVISOR}). */
    public static final String AUTHORITY_PREFIX = "ROLE_";
    private final String label;
    private final boolean admin;

    Role(String label, boolean admin) {
        this.label = label;
        this.admin = admin;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isAdmin() {
        return admin;
    }

    /** The Spring Security authority of this role, e.g. {@code ROLE_SUPERVISOR}. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** The name an authority stands for without the {@code ROLE_} prefix (ROLE_SYSADMIN → SYSADMIN); others unchanged. */
    public static String nameOf(String authority) {
        return authority.startsWith(AUTHORITY_PREFIX) ? authority.substring(AUTHORITY_PREFIX.length()) : authority;
    }

    public static Set<Role> business() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(values()).filter(r -> !r.admin).forEach(set::add);
        return set;
    }

    /** Null when the combination is allowed, else the message key of the violated rule. */
    static String violation(Collection<Role> roles) {
        if (roles.isEmpty()) {
            return "user.roles.empty";
        }
        long admins = roles.stream().filter(Role::isAdmin).count();
        if (admins > 0 && roles.size() > 1) {
            return "user.roles.separation";
        }
        return null;
    }
}
