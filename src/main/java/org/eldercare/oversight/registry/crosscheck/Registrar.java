package org.eldercare.oversight.registry.crosscheck;

import java.util.Optional;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.registry.archive.LegalForm;

/**
 * The registration authorities whose files the cross-check reads (REG-4), as a row names them. An institution is
 * registered with the one its legal form belongs to; a medical institution with none of them.
 */
public enum Registrar implements Labelled {
    MARKET_REGULATION("市场监管"), CIVIL_AFFAIRS("民政"), PUBLIC_INSTITUTION("事业单位");

    private final String label;

    Registrar(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The authority an institution of this legal form is registered with, if a registration file can list it. */
    static Optional<Registrar> of(LegalForm form) {
        return switch (form) {
            case FOR_PROFIT -> Optional.of(MARKET_REGULATION);
            case NON_PROFIT -> Optional.of(CIVIL_AFFAIRS);
            case PUBLIC -> Optional.of(PUBLIC_INSTITUTION);
            case MEDICAL -> Optional.empty();
        };
    }
}
