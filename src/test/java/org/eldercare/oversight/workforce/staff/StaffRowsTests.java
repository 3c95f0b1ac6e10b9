package org.eldercare.oversight.workforce.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WRK-1 import: reading a staff file — columns by header, line numbers, Chinese choices and dates, unreadable rows. */
class StaffRowsTests {

    @Test
    @DisplayName("Rows keep their line in the file (blank lines and quoted line breaks counted); posts and levels read in Chinese")
    void linesAndChoices() {
        String csv = "姓名,公民身份号码,岗位,护理员等级,入职日期,从业起始年份,以往工作单位\n"
                + "张三,532301199001010011,养老护理员,四级,2025/3/1,2015,\"楚雄市\n某养老院\"\n"
                + "\n"
                + "李四,532301199001010011,院长,,2025年3月1日,,\n"
                + "王五,532301199001010011,保洁,,2025-03-01,,\n"
                + "赵六,532301199001010011,COOK,初级工,2025-02-30,,\n"
                + "钱七,532301199001010011,厨师,,20250301,二〇一五,\n";
        StaffRows rows = StaffRows.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows.totalRows()).isEqualTo(5);
        assertThat(rows.rows()).extracting(StaffRows.Row::line).containsExactly(2, 5);
        Hiring.NewHire first = rows.rows().get(0).hire();
        assertThat(first.role()).isEqualTo("CARE_WORKER");
        assertThat(first.careLevel()).isEqualTo("FOUR");
        assertThat(first.startDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(first.inTradeSince()).isEqualTo(2015);
        assertThat(first.priorEmployers()).isEqualTo("楚雄市\n某养老院");
        assertThat(first.phone()).isEmpty();
        assertThat(rows.rows().get(1).hire().role()).isEqualTo("DIRECTOR");
        assertThat(rows.badRows()).extracting(BadRow::line).containsExactly(6, 7, 8);
        assertThat(rows.badRows().get(0).reason()).isEqualTo("岗位“保洁”无法识别");
        assertThat(rows.badRows().get(1).reason()).contains("入职日期“2025-02-30”无法识别");
        assertThat(rows.badRows().get(2).reason()).contains("从业起始年份");
    }

    @Test
    @DisplayName("A GBK file without a header is read in the documented column order")
    void gbkWithoutHeader() {
        String csv = "周八,532301199001010011,13812345678,养老护理员,五级,2025-01-02,2020,\n";
        StaffRows rows = StaffRows.read(csv.getBytes(Charset.forName("GBK")));
        assertThat(rows.rows()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.hire().name()).isEqualTo("周八");
            assertThat(r.hire().phone()).isEqualTo("13812345678");
            assertThat(r.hire().careLevel()).isEqualTo("FIVE");
        });
    }
}
