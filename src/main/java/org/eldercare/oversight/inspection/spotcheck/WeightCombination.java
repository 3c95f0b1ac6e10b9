package org.eldercare.oversight.inspection.spotcheck;

import java.util.Set;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.inspection.RiskSignals.Signal;

/**
 * How a site's INS-3 signals combine into its draw weight (ADR 0021): the largest signal weight, or their product (capped
 * at {@link #CAP}); a site without signals weighs 1.
 */
public enum WeightCombination implements Labelled {
    MAX("取最高权重"), PRODUCT("权重相乘");

    static final int CAP = 1000;
    private final String label;

    WeightCombination(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    int combine(Set<Signal> signals, SignalWeights weights) {
        int result = 1;
        for (Signal s : signals) {
            int w = weights.of(s);
            result = this == MAX ? Math.max(result, w) : Math.min(CAP, result * w);
        }
        return result;
    }

    /** The weight of each signal on a plan. */
    @FunctionalInterface
    interface SignalWeights {
        int of(Signal signal);
    }
}
