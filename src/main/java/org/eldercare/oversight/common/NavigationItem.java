package org.eldercare.oversight.common;

import java.util.Set;

/**
 * A left-navigation entry a module contributes as a bean. The shell shows it only to users holding
 * one of {@code roles} (authority names such as {@code ROLE_SUPERVISOR}); empty means every logged-in user.
 */
public record NavigationItem(int order, String labelKey, String href, String icon, Set<String> roles) {
}
