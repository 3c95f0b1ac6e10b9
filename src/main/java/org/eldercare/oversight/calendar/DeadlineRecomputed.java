package org.eldercare.oversight.calendar;

import java.time.LocalDate;

/**
 * A tracked deadline changed because a year's holidays were loaded: owners update their copies
 * (due dates of tasks, to-do items …) by {@code (sourceType, sourceId)}.
 */
public record DeadlineRecomputed(String sourceType, String sourceId, LocalDate previousDeadline, LocalDate deadline,
                                 boolean provisional) {
}
