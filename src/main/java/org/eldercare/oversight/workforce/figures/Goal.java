package org.eldercare.oversight.workforce.figures;

import java.math.BigDecimal;
import org.eldercare.oversight.common.Labelled;

/**
 * The regional goals (WRK-2, WRK-5), each a minimum. {@code local}: no national figure found in the seeds; the preset is a
 * reference value a bureau adjusts to its own rules.
 */
public enum Goal implements Labelled {
    PRETRAINING_RATE("pretraining.rate.percent", "岗前培训率（%）", 100, false),
    CERTIFICATE_RATE("certificate.rate.percent", "养老护理员持证率（%）", 100, false),
    SOCIAL_WORKERS("socialWorkers.per100Beds", "每百张床位社会工作者（人）", 100, true),
    CENTRE_MANAGERS("centreManagers.per100Residents", "乡镇敬老院每百名入住老人管理人员（人）", 100, true);

    private final String key;
    private final String label;
    private final BigDecimal max;
    private final boolean local;

    Goal(String key, String label, int max, boolean local) {
        this.key = key;
        this.label = label;
        this.max = BigDecimal.valueOf(max);
        this.local = local;
    }

    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    public BigDecimal max() {
        return max;
    }

    public boolean local() {
        return local;
    }

    static Goal ofKey(String key) {
        for (Goal g : values()) {
            if (g.key.equals(key)) {
                return g;
            }
        }
        return null;
    }
}
