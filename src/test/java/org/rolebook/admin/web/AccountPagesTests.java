package org.rolebook.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccountPagesTests {

    @Test
    void daysAreAWholeNumberAndTooManyAreSaidToBeTooMany() {
        assertThat(AccountPages.parseDays(" 30 ")).isEqualTo(30);
        assertThatThrownBy(() -> AccountPages.parseDays("thirty"))
                .hasMessage("Give the number of days as a whole number, not \"thirty\"");
        assertThatThrownBy(() -> AccountPages.parseDays("9999999999"))
                .hasMessage("A token lasts from 1 to 365 days, not 9999999999");
    }
}
