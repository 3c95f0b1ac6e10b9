package org.eldercare.oversight.registry.crosscheck;

/** A row of a registration file that cannot be imported: its line in the file and the reason, in Chinese. */
public record BadRow(int line, String reason) {
}
