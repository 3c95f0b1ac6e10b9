package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Roles: Chinese labels, authorities, and which combinations are allowed. */
class RoleTest {

    @Test
    @DisplayName("Each role has its Chinese label; a submitted role name parses, an unknown one is refused in Chinese")
    void labelsAndParsing() {
        assertThat(Role.SUPERVISOR.label()).isEqualTo("民政监管员");
        assertThat(Role.AUDITADMIN.label()).isEqualTo("审计管理员");
        assertThat(Labelled.parse(Role.class, " TOWNSHIP ", "角色")).isEqualTo(Role.TOWNSHIP);
        assertThatThrownBy(() -> Labelled.parse(Role.class, "ROOT", "角色"))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("field.invalid");
                    assertThat(e.args()).containsExactly("角色");
                });
    }

    @Test
    @DisplayName("A role's authority carries Spring Security's ROLE_ prefix, and the audit trail reads the name back")
    void authorities() {
        assertThat(Role.SYSADMIN.authority()).isEqualTo("ROLE_SYSADMIN");
        assertThat(Role.nameOf(Role.SYSADMIN.authority())).isEqualTo("SYSADMIN");
        assertThat(Role.nameOf(PlatformUser.PARTNER_SYSTEM_AUTHORITY)).isEqualTo("PARTNER_SYSTEM");
        assertThat(Role.nameOf("SCOPE_read")).isEqualTo("SCOPE_read");
    }

    @Test
    @DisplayName("Business roles combine; an administrator role stands alone; no role at all is refused")
    void combinations() {
        assertThat(Role.violation(EnumSet.of(Role.SUPERVISOR, Role.INSPECTOR, Role.TOWNSHIP))).isNull();
        assertThat(Role.violation(EnumSet.of(Role.SECADMIN))).isNull();
        assertThat(Role.violation(EnumSet.of(Role.SECADMIN, Role.AUDITADMIN))).isEqualTo("user.roles.separation");
        assertThat(Role.violation(List.of())).isEqualTo("user.roles.empty");
        assertThat(Role.business()).doesNotContain(Role.SYSADMIN, Role.SECADMIN, Role.AUDITADMIN).contains(Role.INSTITUTION);
    }
}
