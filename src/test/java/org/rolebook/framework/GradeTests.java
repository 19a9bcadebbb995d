package org.rolebook.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTests {

    @ParameterizedTest
    @CsvSource({
        "GRADE 3, 3",
        "Grade 12, 12",
        "grade 5, 5",
        "'  Grade   7  ', 7",
        "Grade11, 11",
        "5, 5",
        "' 9 ', 9",
        "Grade six, 6",
        "GRADE Eleven, 11",
        "five, 5"
    })
    void readsAGradeAsWritten(String written, int number) {
        assertThat(Grade.parse(written)).contains(Grade.of(number));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "x",
                "",
                "  ",
                "Grade",
                "Grade 0",
                "0",
                "Grade 100",
                "Grade 5a",
                "Level 5",
                "Grade -1",
                "Grade A",
                "Grade fivee",
                "Grade twentyone"
            })
    void findsNoGradeInTextThatNamesNone(String written) {
        assertThat(Grade.parse(written)).isEmpty();
    }

    @Test
    void refusesNumbersOutsideOneToNinetyNine() {
        assertThatIllegalArgumentException().isThrownBy(() -> Grade.of(0)).withMessageContaining("was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Grade.of(100));
        assertThat(Grade.of(1).number()).isEqualTo(1);
        assertThat(Grade.of(99).number()).isEqualTo(99);
    }

    @Test
    void isLabelledAndOrderedByNumber() {
        assertThat(Grade.of(5).label()).isEqualTo("Grade 5");
        assertThat(Grade.of(5)).hasToString("Grade 5").isEqualTo(new Grade(5));
        assertThat(List.of(Grade.of(11), Grade.of(3), Grade.of(10)).stream().sorted())
                .containsExactly(Grade.of(3), Grade.of(10), Grade.of(11));
    }
}
