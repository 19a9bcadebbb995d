package org.rolebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rolebook token create | list | revoke} on a database file. */
class TokenCommandIntegrationTests {

    @TempDir
    Path folder;

    @BeforeEach
    void ownDatabase() {
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("db/rolebook"));
    }

    @AfterEach
    void forgetDatabase() {
        System.clearProperty("spring.datasource.url");
    }

    @Test
    void createListAndRevokeATokenForAUser() {
        assertThat(Cli.run("user", "add", "--username", "payroll.sync", "--role", "VIEWER")
                        .code())
                .isZero();

        Cli created = Cli.run("token", "create", "--user", "payroll.sync", "--days", "7", "--name", "payroll");
        assertThat(created.code()).as(created.err()).isZero();
        Matcher token =
                Pattern.compile("token, shown this once: (rbk_\\S{40,})").matcher(created.out());
        assertThat(token.find()).as(created.out()).isTrue();
        assertThat(created.out()).contains("token 1 for payroll.sync (payroll), expires");

        Cli listed = Cli.run("token", "list", "--user", "payroll.sync");
        assertThat(listed.out())
                .contains("1\tpayroll\t" + token.group(1).substring(0, 10) + "…\tactive")
                .doesNotContain(token.group(1));

        assertThat(Cli.run("token", "revoke", "--user", "payroll.sync", "1").out())
                .contains("revoked token 1 of payroll.sync");
        assertThat(Cli.run("token", "list", "--user", "payroll.sync").out()).contains("\trevoked\t");

        Cli tooLong = Cli.run("token", "create", "--user", "payroll.sync", "--days", "400");
        assertThat(tooLong.code()).isEqualTo(1);
        assertThat(tooLong.err()).contains("token: days: A token lasts from 1 to 365 days, not 400");
        assertThat(Cli.run("token", "create", "--user", "nobody").err()).contains("no user called nobody");
    }
}
