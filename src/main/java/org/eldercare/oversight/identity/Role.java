package org.eldercare.oversight.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Roles. Business roles may be combined; the three administrator roles (三员分立, 等保2.0 三级) are
 * exclusive: a user holding one holds no other role at all.
 */
public enum Role {
    SUPERVISOR("民政监管员", false),
    TOWNSHIP("乡镇工作人员", false),
    INSPECTOR("执法检查人员", false),
    DEPARTMENT("协同部门联络员", false),
    INSTITUTION("机构用户", false),
    SYSADMIN("系统管理员", true),
    SECADMIN("安全管理员", true),
    AUDITADMIN("审计管理员", true);

    private final String label;
    private final boolean admin;

    Role(String label, boolean admin) {
        this.label = label;
        this.admin = admin;
    }

    public String label() {
        return label;
    }

    public boolean isAdmin() {
        return admin;
    }

    public String authority() {
        return "ROLE_" + name();
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
