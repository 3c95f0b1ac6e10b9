package org.eldercare.oversight.calendar;

import java.time.LocalDate;

/**
 * “Within {@code workingDays} working days from {@code from}”: {@code from} itself is not counted; the deadline is
 * the {@code workingDays}-th working day after it. {@code provisional} when the count reached a year whose holidays
 * have not been announced (weekends only were used).
 */
public record Deadline(LocalDate from, int workingDays, LocalDate deadline, boolean provisional) {
}
