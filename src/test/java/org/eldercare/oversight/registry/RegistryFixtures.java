package org.eldercare.oversight.registry;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid test codes and request bodies. */
final class RegistryFixtures {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] W = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int BASE = new Random().nextInt(5_000_000);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private RegistryFixtures() {
    }

    /** A fresh valid 统一社会信用代码 (authority 5 民政, type 2 社会服务机构) registered in the given county. */
    static String uscc(String county) {
        String org = String.format("MJ%07d", BASE + SEQ.incrementAndGet());
        String first17 = "52" + county + org;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * W[i];
        }
        return first17 + CHARSET.charAt((31 - sum % 31) % 31);
    }

    static String institutionJson(String uscc, String name, String township) {
        return """
                {"uscc":"%s","name":"%s","legalForm":"NON_PROFIT","kind":"NURSING_HOME","address":"楚雄市鹿城镇测试路1号",
                 "regionCode":"%s","legalRepName":"张三","principalName":"李四","contactName":"王五","contactPhone":"13812345678",
                 "bedsTotal":100,"nursingBeds":60,"residents":40,"staff":20,"fireAcceptance":"PASSED","operatingStatus":"OPERATING"}"""
                .formatted(uscc, name, township);
    }

    /**
     * The materials 楚雄州's checklist requires (REG-11, seed 002-3, a preset of V36): the two national ones, the old building's
     * records and the three papers a small conversion may omit. Filings elsewhere need only the first two.
     */
    static final String[] CHUXIONG_MATERIALS = {"REGISTRATION_CERTIFICATE", "SITE_PROOF", "ORIGINAL_BUILDING_RECORDS",
        "RELOCATION_STATEMENT", "USE_CHANGE_STATEMENT", "ENVIRONMENTAL_APPROVAL"};

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
}
