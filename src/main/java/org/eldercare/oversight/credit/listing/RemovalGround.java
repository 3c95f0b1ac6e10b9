package org.eldercare.oversight.credit.listing;

import org.eldercare.oversight.common.Labelled;

/**
 * Why a listed entity is removed: on its application after the years on the list (第十一条, preset 2) when (一) no further
 * serious dishonest act or (二) obligations fulfilled and rectification finished (信用修复); or at any time, to correct an
 * error (the inclusion should not have been made).
 */
public enum RemovalGround implements Labelled {
    NO_FURTHER_DISHONESTY("第十一条（一）：列入满期限且未再发生严重失信行为", true),
    OBLIGATIONS_FULFILLED("第十一条（二）：列入满期限且已履行义务、完成整改（信用修复）", true),
    ERROR_CORRECTION("列入有误，依法更正", false);

    private final String label;
    private final boolean afterPeriod;

    RemovalGround(String label, boolean afterPeriod) {
        this.label = label;
        this.afterPeriod = afterPeriod;
    }

    @Override
    public String label() {
        return label;
    }

    /** Only once the years on the list have passed (else: early removal is by correction only). */
    public boolean afterPeriod() {
        return afterPeriod;
    }
}
