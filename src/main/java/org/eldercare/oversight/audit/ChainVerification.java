package org.eldercare.oversight.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eldercare.oversight.common.Labelled;

/**
 * The result of checking the audit chain: the rows it covers ({@code rows}: up to the head, of which
 * {@code verifiedRows} were recomputed now, the rest up to {@code fromCheckpointId} by an earlier checkpoint), or where
 * it is broken, or that it ends before the newest checkpoint (rows were deleted from its end).
 */
public record ChainVerification(Status status, boolean full, long rows, long verifiedRows, Long fromCheckpointId,
                                Long headId, String headMac, Long firstBrokenId, Long checkpointId, Integer invalidLine) {

    public enum Status implements Labelled {
        INTACT("完整"),
        BROKEN("被篡改"),
        TRUNCATED("被截断"),
        CHECKPOINT_INVALID("检查点无效");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    static ChainVerification intact(boolean full, long rows, long verified, Long from, Long headId, String headMac) {
        return new ChainVerification(Status.INTACT, full, rows, verified, from, headId, headMac, null, null, null);
    }

    static ChainVerification broken(boolean full, long rows, long verified, Long from, long brokenId) {
        return new ChainVerification(Status.BROKEN, full, rows, verified, from, null, null, brokenId, null, null);
    }

    /** The chain's head {@code headId} (null when empty) lies before checkpoint {@code checkpointId}. */
    static ChainVerification truncated(boolean full, long rows, long verified, Long from, Long headId, long checkpointId) {
        return new ChainVerification(Status.TRUNCATED, full, rows, verified, from, headId, null, null, checkpointId, null);
    }

    static ChainVerification checkpointInvalid(boolean full, int line) {
        return new ChainVerification(Status.CHECKPOINT_INVALID, full, 0, 0, null, null, null, null, null, line);
    }

    public boolean isIntact() {
        return status == Status.INTACT;
    }

    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("intact", isIntact());
        json.put("status", status.name());
        json.put("full", full);
        json.put("rows", rows);
        json.put("verifiedRows", verifiedRows);
        putIfPresent(json, "fromCheckpointId", fromCheckpointId);
        putIfPresent(json, "headId", headId);
        putIfPresent(json, "firstBrokenId", firstBrokenId);
        putIfPresent(json, "checkpointId", checkpointId);
        putIfPresent(json, "invalidLine", invalidLine);
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
