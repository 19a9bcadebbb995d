package org.rolebook.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolebook.roleprofile.Actor;
import org.rolebook.roleprofile.Fixtures;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfileData;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.School;
import org.rolebook.roleprofile.Schools;
import org.rolebook.security.NewUser;
import org.rolebook.security.Role;
import org.rolebook.security.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log on a real database: each kind of change is recorded with its values before and
 * after, and the database refuses to change or delete an entry. Run on H2 and on PostgreSQL.
 */
abstract class AuditLogContract {

    static final Actor EDITOR = new Actor("editor@oakfield");
    static final Actor HR = new Actor("hr@county");

    @Autowired
    AuditLog audit;

    @Autowired
    Users users;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Schools schools;

    @Autowired
    JdbcClient jdbc;

    School oakfield;

    @BeforeEach
    void school() {
        RoleProfileData.clear(jdbc);
        oakfield = schools.add(Fixtures.oakfieldPrimary());
    }

    List<AuditEntry> about(String subjectWords) {
        return audit.find(new AuditQuery(null, null, subjectWords, null, null, 1, 100))
                .entries()
                .reversed();
    }

    @Test
    void theSeedFrameworkImportIsRecordedWithItsFamilies() {
        List<AuditEntry> framework = audit.find(new AuditQuery(null, Kind.FRAMEWORK, null, null, null, 1, 100))
                .entries();
        assertThat(framework).extracting(AuditEntry::action).contains("family summary imported");
        AuditEntry family = framework.stream()
                .filter(e -> e.action().equals("family summary imported"))
                .findFirst()
                .orElseThrow();
        assertThat(family.before()).isNull();
        assertThat(family.after()).contains("Student Support Services").contains("ICT Technician");
    }

    @Test
    void aSchoolAndEachStepOfARoleProfileAreRecordedWithBeforeAndAfter() {
        assertThat(about("school " + oakfield.urn()).getLast()).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Kind.SCHOOL);
            assertThat(e.after()).contains("Oakfield Primary School");
        });

        RoleProfile created = profiles.create(oakfield.id(), Fixtures.pupilSupportWorkerGrade5(), EDITOR);
        RoleProfile edited =
                profiles.update(created.id(), created.lockVersion(), Fixtures.withGrade(created.content(), 6), EDITOR);
        RoleProfile submitted = profiles.submit(created.id(), edited.lockVersion(), EDITOR);
        RoleProfile returned = profiles.returnWithComment(created.id(), submitted.lockVersion(), HR, "Grade 5 fits");
        assertThat(returned.status().label()).isNotBlank();

        List<AuditEntry> entries = about("role profile " + created.id() + ":");
        assertThat(entries)
                .extracting(AuditEntry::kind, AuditEntry::action, AuditEntry::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.ROLE_PROFILE, "created", "editor@oakfield"),
                        org.assertj.core.groups.Tuple.tuple(Kind.ROLE_PROFILE, "edited: version 2", "editor@oakfield"),
                        org.assertj.core.groups.Tuple.tuple(Kind.WORKFLOW, "submitted", "editor@oakfield"),
                        org.assertj.core.groups.Tuple.tuple(Kind.WORKFLOW, "returned", "hr@county"));
        AuditEntry edit = entries.get(1);
        assertThat(edit.before()).contains("\"grade\":5").contains("Pupil Support Worker");
        assertThat(edit.after()).contains("\"grade\":6");
        AuditEntry returnedEntry = entries.get(3);
        assertThat(returnedEntry.summary()).isEqualTo("Grade 5 fits");
        assertThat(returnedEntry.before()).contains("Submitted");
        assertThat(returnedEntry.after()).contains("Returned");
    }

    @Test
    void userChangesAreRecordedWithoutAnyPassword() {
        users.add(new NewUser("audit.subject", "a long enough password", Role.VIEWER, Set.of()));
        users.changeRole("audit.subject", Role.SCHOOL_EDITOR, Set.of(oakfield.id()));
        users.changePassword("audit.subject", "a long enough password", "another long password");
        String made = users.resetPassword("audit.subject");
        users.disable("audit.subject");
        users.enable("audit.subject");

        List<AuditEntry> entries = about("user audit.subject");
        assertThat(entries)
                .extracting(AuditEntry::action)
                .containsExactly(
                        "user added",
                        "role changed",
                        "password changed",
                        "password reset",
                        "user disabled",
                        "user enabled");
        assertThat(entries.get(1).before()).contains("\"role\":\"VIEWER\"");
        assertThat(entries.get(1).after())
                .contains("\"role\":\"SCHOOL_EDITOR\"")
                .contains(oakfield.id() + "]");
        assertThat(entries.get(4).before()).contains("\"enabled\":true");
        assertThat(entries.get(4).after()).contains("\"enabled\":false");
        String hash = jdbc.sql("select password_hash from app_user where username = 'audit.subject'")
                .query(String.class)
                .single();
        for (AuditEntry entry : entries) {
            assertThat(String.valueOf(entry.before()) + entry.after() + entry.summary())
                    .doesNotContain("long enough password")
                    .doesNotContain("another long password")
                    .doesNotContain(made)
                    .doesNotContain(hash);
        }
    }

    @Autowired
    org.rolebook.security.ApiTokens tokens;

    @Test
    void tokensAreRecordedWhenMadeAndRevokedButNeverTheTokenItself() {
        String name = "audit.token." + System.nanoTime();
        users.add(new NewUser(name, "a long enough password", Role.VIEWER, Set.of()));
        var made = tokens.create(name, "payroll", 30);
        tokens.revoke(made.token().id(), name);
        List<AuditEntry> entries = about("token " + made.token().id() + " of user " + name);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("token created", "token revoked");
        assertThat(entries.get(0).after()).contains("\"name\":\"payroll\"").contains("\"revoked\":null");
        assertThat(entries.get(1).before()).contains("\"revoked\":null");
        assertThat(entries.get(1).after()).doesNotContain("\"revoked\":null");
        for (AuditEntry entry : entries) {
            assertThat(entry.kind()).isEqualTo(Kind.TOKEN);
            assertThat(entry.before() + " " + entry.after()).doesNotContain(made.secret());
        }
    }

    @Test
    void aGradeDecisionIsRecordedWithTheSuggestionAndTheRationale() {
        RoleProfile created = profiles.create(oakfield.id(), Fixtures.pupilSupportWorkerGrade5(), EDITOR);
        RoleProfile submitted = profiles.submit(created.id(), created.lockVersion(), EDITOR);
        profiles.approve(submitted.id(), submitted.lockVersion(), HR, null, Fixtures.RATIONALE);
        List<AuditEntry> entries = about("role profile " + created.id() + ":");
        assertThat(entries)
                .extracting(AuditEntry::action)
                .containsExactly("created", "submitted", "approved", "grade decided");
        AuditEntry decision = entries.getLast();
        assertThat(decision.kind()).isEqualTo(Kind.DECISION);
        assertThat(decision.actor()).isEqualTo("hr@county");
        assertThat(decision.after()).contains("\"decided\":\"Grade 5\"").contains(Fixtures.RATIONALE);
        // the words of a rationale find its decision, as the subject's and the action's do
        String word = Fixtures.RATIONALE.split(" ")[Fixtures.RATIONALE.split(" ").length - 1].replaceAll("\\W", "");
        assertThat(audit.find(new AuditQuery(
                                null, Kind.DECISION, word.toUpperCase(java.util.Locale.ROOT), null, null, 1, 100))
                        .entries())
                .extracting(AuditEntry::subject)
                .contains(decision.subject());
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        audit.record(Change.of(Kind.SETTINGS, "kept for ever", "the test").values("before", "after"));
        long id = about("the test").getFirst().id();

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone else' where id = ?")
                        .param(id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?")
                        .param(id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).isInstanceOf(DataAccessException.class);
        assertThat(about("the test")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isNotEqualTo("someone else");
            assertThat(e.before()).isEqualTo("\"before\"");
        });
    }

    @Test
    void theCsvExportHasOneRowAnEntryAndNoFormulaCells() throws Exception {
        audit.record(Change.of(Kind.SETTINGS, "formula check", "csv subject").by("=cmd|' /C calc'!A0"));
        StringWriter csv = new StringWriter();
        audit.writeCsv(new AuditQuery(null, Kind.SETTINGS, "csv subject", null, null, 1, 10), csv);
        assertThat(csv.toString().lines()).first().isEqualTo("id,at,actor,kind,action,subject,summary,before,after");
        assertThat(csv.toString()).contains(",'=cmd|' /C calc'!A0,settings,formula check,csv subject,");
    }
}
