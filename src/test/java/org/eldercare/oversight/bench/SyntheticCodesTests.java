package org.eldercare.oversight.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.eldercare.oversight.codes.IdNumber;
import org.eldercare.oversight.codes.Uscc;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark generator's codes (issue #15) pass the platform's own checks and never repeat. */
class SyntheticCodesTests {

    private static final List<String> COUNTIES = List.of("532301", "110101", "441900", "650102", "140702", "320613", "460400");
    private static final List<String> FORMS = List.of("FOR_PROFIT", "NON_PROFIT", "PUBLIC", "MEDICAL");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42, 20261125})
    @DisplayName("#15: every generated 统一社会信用代码 passes codes.Uscc and is unique (a sample of 5,000 per seed)")
    void usccsAreValidAndUnique(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Long> numberOfOrganisationCode = new HashMap<>();
        for (int i = 0; i < 5_000; i++) {
            long n = random.nextLong(400_000L * 4);
            String code = SyntheticCodes.uscc(FORMS.get(random.nextInt(FORMS.size())), COUNTIES.get(random.nextInt(COUNTIES.size())), n);
            assertThatCode(() -> Uscc.parse(code)).doesNotThrowAnyException();
            Long earlier = numberOfOrganisationCode.putIfAbsent(code.substring(8, 17), n);
            assertThat(earlier == null || earlier == n).as("organisation code of %d is its own", n).isTrue();
        }
        assertThat(SyntheticCodes.uscc("FOR_PROFIT", "532301", 7)).isNotEqualTo(SyntheticCodes.uscc("FOR_PROFIT", "532301", 8));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42, 20261125})
    @DisplayName("#15: every generated 公民身份号码 passes codes.IdNumber and is unique (a sample of 5,000 per seed)")
    void idNumbersAreValidAndUnique(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate today = LocalDate.of(2026, 11, 25);
        Set<String> numbers = new HashSet<>();
        Set<Long> drawn = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            long n = random.nextLong(1_500_000);
            String id = SyntheticCodes.idNumber(COUNTIES.get(random.nextInt(COUNTIES.size())), n);
            assertThatCode(() -> IdNumber.parse(id, today)).doesNotThrowAnyException();
            if (drawn.add(n)) {
                assertThat(numbers.add(id.substring(6))).as("birth day and sequence of person %d are unique", n).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "person {0}")
    @ValueSource(longs = {0, 999, 1000, 1_499_999, 15_999_999})
    @DisplayName("#15: the ends of the numbering give valid ID numbers too")
    void edgesAreValid(long n) {
        assertThatCode(() -> IdNumber.parse(SyntheticCodes.idNumber("532301", n), LocalDate.of(2026, 11, 25)))
                .doesNotThrowAnyException();
    }
}
