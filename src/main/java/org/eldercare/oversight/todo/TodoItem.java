package org.eldercare.oversight.todo;

import java.time.LocalDate;
import org.eldercare.oversight.identity.Role;

/**
 * One to-do entry. {@code (sourceType, sourceId, role)} identifies it: publishing again updates it.
 * {@code role} is who works on it (e.g. {@link Role#SUPERVISOR}); {@code provisional} marks a due date computed
 * before that year's holidays were announced. {@code institutionId}, when set, addresses the item to the
 * accounts linked to that institution only (an institution user's scope is its county, shared with others).
 */
public record TodoItem(String sourceType, String sourceId, String regionCode, Role role, String title, String link,
                       LocalDate dueDate, boolean provisional, Long institutionId) {

    /** An item for everyone holding {@code role} in the region and above. */
    public TodoItem(String sourceType, String sourceId, String regionCode, Role role, String title, String link,
                    LocalDate dueDate, boolean provisional) {
        this(sourceType, sourceId, regionCode, role, title, link, dueDate, provisional, null);
    }
}
