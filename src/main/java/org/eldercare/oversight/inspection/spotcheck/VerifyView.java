package org.eldercare.oversight.inspection.spotcheck;

/**
 * The outcome of re-running a draw (INS-2): from the stored snapshot (its hash, then the result) and from the pools as they
 * stand now (their hash, then the result). {@code ok} only when all agree; {@code message} says why in Chinese.
 */
public record VerifyView(boolean ok, String algorithm, String seed, String poolHash, String storedSnapshotHash,
                         boolean storedSnapshotReproduces, String currentPoolHash, boolean currentPoolSame,
                         boolean currentPoolReproduces, String message) {
}
