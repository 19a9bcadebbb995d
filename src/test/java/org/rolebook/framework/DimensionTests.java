package org.rolebook.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DimensionTests {

    private static final String ACCOUNTABILITIES_WITH_NOTE = "Generally Representative Accountabilities &"
            + " Responsibilities NB The difference between any level is an accumulation of a number of elements"
            + " rather than focus on any particular task.";

    @ParameterizedTest
    @EnumSource(Dimension.class)
    void isFoundByItsOwnLabelWithNothingLeftOver(Dimension dimension) {
        assertThat(Dimension.fromLabel(dimension.label())).contains(dimension);
        assertThat(dimension.remainderOf(dimension.label())).isEmpty();
    }

    @Test
    void isFoundIgnoringCaseAndSpacing() {
        assertThat(Dimension.fromLabel("  typical   LEVEL purpose ")).contains(Dimension.PURPOSE);
        assertThat(Dimension.fromLabel("TYPICAL KNOWLEDGE, SKILLS &\tEXPERIENCE"))
                .contains(Dimension.KNOWLEDGE_SKILLS_EXPERIENCE);
    }

    @Test
    void isFoundByALabelThatCarriesAnNbNote() {
        assertThat(Dimension.fromLabel(ACCOUNTABILITIES_WITH_NOTE)).contains(Dimension.ACCOUNTABILITIES);
        assertThat(Dimension.ACCOUNTABILITIES.remainderOf(ACCOUNTABILITIES_WITH_NOTE))
                .isEqualTo("NB The difference between any level is an accumulation of a number of elements rather"
                        + " than focus on any particular task.");
    }

    @Test
    void givesTheRemainderOfALabelWrittenWithExtraSpaces() {
        assertThat(Dimension.ACCOUNTABILITIES.remainderOf(
                        "  Generally  Representative Accountabilities &   Responsibilities   NB  a note "))
                .isEqualTo("NB a note");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NB The difference between any level is an accumulation of a number of elements",
                "Typical Hours",
                "",
                "Example",
                "Accountabilities"
            })
    void isNotFoundForOtherLabels(String label) {
        assertThat(Dimension.fromLabel(label)).isEmpty();
    }
}
