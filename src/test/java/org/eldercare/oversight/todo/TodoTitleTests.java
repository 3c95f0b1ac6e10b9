package org.eldercare.oversight.todo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** #9-7: to-do titles name institutions, whose names may be 200 characters long. */
class TodoTitleTests {

    @Test
    @DisplayName("#9-7: a title longer than the column is cut with an ellipsis, never refused")
    void aLongTitleIsCut() {
        String title = "继续办理首次备案：" + "长".repeat(200) + "（草稿，尚未提交）";
        String shown = TodoBoard.shortTitle(title);
        assertThat(shown).hasSize(TodoBoard.TITLE_MAX).startsWith("继续办理首次备案：长").endsWith("…");
    }

    @Test
    @DisplayName("#9-7: a title that fits is kept as it is")
    void aShortTitleIsKept() {
        assertThat(TodoBoard.shortTitle("备案后现场检查：福寿养老院")).isEqualTo("备案后现场检查：福寿养老院");
        assertThat(TodoBoard.shortTitle("字".repeat(200))).isEqualTo("字".repeat(200));
    }
}
