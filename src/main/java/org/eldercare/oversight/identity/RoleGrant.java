package org.eldercare.oversight.identity;

import org.springframework.data.relational.core.mapping.Table;

@Table("user_role")
record RoleGrant(String role) {
}
