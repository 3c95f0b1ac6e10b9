package org.eldercare.oversight.todo;

import java.time.LocalDate;

/**
 * One to-do entry. {@code (sourceType, sourceId, role)} identifies it: publishing again updates it.
 * {@code role} is a role name such as SUPERVISOR; {@code provisional} marks a due date computed
 * before that year's holidays were announced. {@code institutionId}, when set, addresses the item to the
 * accounts linked to that institution only (an institution user's scope is its county, shared with others).
 */
public record TodoItem(String sourceType, String sourceId, String regionCode, String role, String title, String link,
                       LocalDate dueDate, boolean provisional, Long institutionId) {

    /** An item for everyone holding {@code role} in the region and above. */
    public TodoItem(String sourceType, String sourceId, String regionCode, String role, String title, String link,
                    LocalDate dueDate, boolean provisional) {
        this(sourceType, sourceId, regionCode, role, title, link, dueDate, provisional, null);
    }
}
