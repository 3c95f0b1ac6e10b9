package org.eldercare.oversight.disclosure.bureau;

import org.eldercare.oversight.common.Labelled;

/** What kind of government publication (DIS-2); its deadline setting is {@code deadline.<name>}. */
public enum PublicationCategory implements Labelled {
    POLICY("政策文件"), SUPPORT("扶持措施"), PROCEDURE("办事指南");

    private final String label;

    PublicationCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
