package org.eldercare.oversight.registry.archive;


import org.eldercare.oversight.common.Labelled;

/** The legal form of an institution, which says which registrar keeps its registration (REG-1, REG-4). */
public enum LegalForm implements Labelled {
    FOR_PROFIT("营利性（市场监管登记）"), NON_PROFIT("民办非营利（民政登记）"), PUBLIC("公办（事业单位）"), MEDICAL("医疗卫生机构");
    private final String label;
    LegalForm(String label) { this.label = label; }
    @Override
    public String label() { return label; }
}
