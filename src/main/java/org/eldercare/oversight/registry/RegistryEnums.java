package org.eldercare.oversight.registry;

/** Labelled choices of the registry (REG-1). Names are stored; labels are what users read. */
final class RegistryEnums {

    private RegistryEnums() {
    }

    enum LegalForm {
        FOR_PROFIT("营利性（市场监管登记）"), NON_PROFIT("民办非营利（民政登记）"), PUBLIC("公办（事业单位）"), MEDICAL("医疗卫生机构");
        private final String label;
        LegalForm(String label) { this.label = label; }
        public String label() { return label; }
    }

    enum Kind {
        NURSING_HOME("养老机构"), DAY_CARE("日间照料中心"), COMMUNITY_CENTER("社区养老服务中心"), EMBEDDED("嵌入式养老机构"),
        RURAL_CENTER("农村区域养老服务中心（敬老院）"), RURAL_MUTUAL_AID("农村互助养老服务站"), MEAL_POINT("老年助餐点（老年幸福食堂）"),
        MEDICAL_CARE("医养结合机构");
        private final String label;
        Kind(String label) { this.label = label; }
        public String label() { return label; }
    }

    enum FireAcceptance {
        PASSED("已通过消防验收（备案）"), NOT_PASSED("未通过消防验收"),
        PAPERWORK_ONLY("仅因产权或土地手续无法办理（符合消防技术要求）"), NOT_REQUIRED("依法无需消防验收"), UNKNOWN("未核实");
        private final String label;
        FireAcceptance(String label) { this.label = label; }
        public String label() { return label; }
    }

    enum OperatingStatus {
        PREPARING("筹建中（未开展服务）"), OPERATING("运营中"), SUSPENDED("暂停服务"), TERMINATED("已终止");
        private final String label;
        OperatingStatus(String label) { this.label = label; }
        public String label() { return label; }
    }

    enum FilingState {
        UNFILED("未备案"), FILED("已备案"), REVOKED("备案已撤销");
        private final String label;
        FilingState(String label) { this.label = label; }
        public String label() { return label; }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw org.eldercare.oversight.common.PlatformException.badRequest("registry.field.required", field);
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw org.eldercare.oversight.common.PlatformException.badRequest("registry.field.invalid", field);
        }
    }
}
