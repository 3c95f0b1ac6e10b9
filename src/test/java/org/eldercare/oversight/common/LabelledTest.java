package org.eldercare.oversight.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LabelledTest {

    enum Colour implements Labelled {
        RED("红"), GREEN("绿");

        private final String label;

        Colour(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    @Test
    @DisplayName("A submitted choice parses by its name; blank and unknown values are refused naming the field")
    void parseRefusesBlankAndUnknown() {
        assertThat(Labelled.parse(Colour.class, " GREEN", "颜色")).isEqualTo(Colour.GREEN);
        assertThatThrownBy(() -> Labelled.parse(Colour.class, " ", "颜色")).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.code()).isEqualTo("field.required");
            assertThat(e.args()).containsExactly("颜色");
        });
        assertThatThrownBy(() -> Labelled.parse(Colour.class, "红", "颜色"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("field.invalid"));
        assertThat(Labelled.parseOr(Colour.class, "", "颜色", Colour.RED)).isEqualTo(Colour.RED);
    }

    @Test
    @DisplayName("A refusal listing itemised errors keeps them, in order, as a 400")
    void refusalListsErrors() {
        PlatformException e = PlatformException.badRequestListing("calendar.upload.invalid", List.of("第1项", "第2项"), "x");
        assertThat(e.status().value()).isEqualTo(400);
        assertThat(e.errors()).asList().containsExactly("第1项", "第2项");
        assertThat(e.args()).containsExactly("x");
        assertThat(PlatformException.badRequest("field.invalid").errors()).isEmpty();
    }
}
