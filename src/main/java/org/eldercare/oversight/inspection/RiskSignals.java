package org.eldercare.oversight.inspection;

import java.util.Map;
import java.util.Set;

/**
 * INS-3: signals that raise a service site's weight in a 双随机 draw. Modules that know of complaints, major hazards,
 * dishonesty or serious violations implement this; the draw asks every implementation and stores the weights it used on
 * the plan.
 */
public interface RiskSignals {

    enum Signal { COMPLAINT, MAJOR_HAZARD, DISHONEST, SERIOUS_VIOLATION }

    /** The service sites (registry institution ids) under {@code regionPath} (a region path prefix) that carry signals now. */
    Map<Long, Set<Signal>> signalsUnder(String regionPath);
}
