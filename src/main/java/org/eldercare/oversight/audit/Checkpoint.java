package org.eldercare.oversight.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A signed statement "the chain was verified up to row {@code id}, which carries {@code mac}, {@code rows} rows in all",
 * kept outside the database ({@link CheckpointFile}). A line is {@code 1|id|rows|mac|time|HMAC-SM3(key, the rest)}.
 */
record Checkpoint(long id, long rows, String mac, Instant at) {

    private static final String VERSION = "1";

    String payload() {
        return String.join("|", VERSION, String.valueOf(id), String.valueOf(rows), mac, at.toString());
    }

    String line(AuditTrail trail) {
        return payload() + "|" + trail.sign(payload());
    }

    /** The checkpoint of a line, or null when the line is malformed or its signature does not match. */
    static Checkpoint parse(String line, AuditTrail trail) {
        String[] f = line.split("\\|", -1);
        if (f.length != 6 || !VERSION.equals(f[0])) {
            return null;
        }
        try {
            Checkpoint c = new Checkpoint(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3], Instant.parse(f[4]));
            return c.payload().equals(line.substring(0, line.lastIndexOf('|'))) && trail.signatureMatches(c.payload(), f[5])
                    ? c : null;
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }
}
