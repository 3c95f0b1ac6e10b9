package org.eldercare.oversight.workforce.staff;

/** A line of a staff file that cannot be imported: its number in the file and the reason, in Chinese. */
public record BadRow(int line, String reason) {
}
