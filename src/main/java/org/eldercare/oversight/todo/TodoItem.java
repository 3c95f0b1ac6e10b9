package org.eldercare.oversight.todo;

import java.time.LocalDate;

/**
 * One to-do entry. {@code (sourceType, sourceId, role)} identifies it: publishing again updates it.
 * {@code role} is a role name such as SUPERVISOR; {@code provisional} marks a due date computed
 * before that year's holidays were announced.
 */
public record TodoItem(String sourceType, String sourceId, String regionCode, String role, String title, String link,
                       LocalDate dueDate, boolean provisional) {
}
