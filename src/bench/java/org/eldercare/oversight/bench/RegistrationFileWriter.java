package org.eldercare.oversight.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The registration file the import path uploads (REG-4, the columns of {@code crosscheck.RegistrationFile}): four rows in
 * five name an archived institution (spread over the whole set), the fifth a newly registered one the registry does not
 * know, which the import turns into a township lead.
 */
final class RegistrationFileWriter {

    private RegistrationFileWriter() {
    }

    static void write(BenchData d, Path file, int rows) throws Exception {
        int n = d.institutionId.length;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("统一社会信用代码,名称,登记机关类型,经营范围,地址,登记日期\n");
            for (int k = 0; k < rows; k++) {
                if (k % 5 != 4) {
                    int i = (int) ((long) k * n / rows);
                    out.write(d.uscc[i] + "," + d.name[i] + ",市场监管,养老服务；老年人日间照料,," + "2020-01-01\n");
                } else {
                    int i = k % n;
                    String code = SyntheticCodes.uscc("FOR_PROFIT", d.county[i], n + k);
                    out.write(code + ",新登记第" + k + "养老服务有限公司,市场监管,养老服务；居家养老服务,,2026-10-08\n");
                }
            }
        }
    }
}
