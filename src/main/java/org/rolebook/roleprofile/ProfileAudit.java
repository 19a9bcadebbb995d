package org.rolebook.roleprofile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rolebook.audit.AuditLog;
import org.rolebook.audit.Change;
import org.rolebook.audit.Kind;
import org.springframework.stereotype.Component;

/**
 * What the role profile module tells the audit log: schools registered and changed, profiles
 * created, imported, edited and regraded at approval (the content before and after), workflow steps (the state before
 * and after) and grade decisions. Called inside the work's own transaction.
 */
@Component
class ProfileAudit {

    private final AuditLog audit;

    ProfileAudit(AuditLog audit) {
        this.audit = audit;
    }

    void schoolRegistered(School added) {
        audit.record(Change.of(Kind.SCHOOL, "school registered", subject(added)).values(null, added));
    }

    void schoolChanged(School before, School after) {
        audit.record(Change.of(Kind.SCHOOL, "school changed", subject(after)).values(before, after));
    }

    void created(RoleProfile created, ProfileContent content, Actor actor) {
        audit.record(Change.of(Kind.ROLE_PROFILE, "created", subject(created))
                .values(null, content)
                .by(actor.name()));
    }

    void imported(RoleProfile imported, ProfileContent content, Actor actor) {
        String attention = imported.needsAttention()
                ? "needs attention: "
                        + String.join(
                                "; ",
                                content.problems().stream()
                                        .map(e -> e.field() + " " + e.message())
                                        .toList())
                : null;
        audit.record(Change.of(Kind.ROLE_PROFILE, "imported", subject(imported))
                .summary(attention)
                .values(null, content)
                .by(actor.name()));
    }

    void edited(RoleProfile before, RoleProfile saved, Actor actor) {
        audit.record(Change.of(Kind.ROLE_PROFILE, "edited: version " + saved.currentVersion(), subject(saved))
                .summary(
                        before.status() != saved.status()
                                ? "status " + before.status().label() + " → "
                                        + saved.status().label()
                                : null)
                .values(before.content(), saved.content())
                .by(actor.name()));
    }

    /** A grade decided at approval, saved as a new version with only the grade changed. */
    void regraded(RoleProfile before, RoleProfile saved, String change, Actor actor) {
        audit.record(Change.of(Kind.ROLE_PROFILE, "regraded: version " + saved.currentVersion(), subject(saved))
                .summary(change)
                .values(before.content(), saved.content())
                .by(actor.name()));
    }

    void stepped(RoleProfile before, RoleProfile after, WorkflowEvent event) {
        audit.record(Change.of(Kind.WORKFLOW, event.action(), subject(after))
                .summary(event.comment())
                .values(workflowState(before), workflowState(after))
                .by(event.actor()));
    }

    void decided(RoleProfile after, GradeDecision decision, Actor actor) {
        Map<String, @Nullable Object> decided = new LinkedHashMap<>();
        decided.put("version", decision.version());
        decided.put(
                "stated",
                decision.statedGrade() == null ? null : decision.statedGrade().label());
        decided.put(
                "suggested",
                decision.suggestedGrade() == null
                        ? null
                        : decision.suggestedGrade().label());
        decided.put("confidence", decision.confidence());
        decided.put("decided", decision.decidedGrade().label());
        decided.put("rationale", decision.rationale());
        audit.record(Change.of(Kind.DECISION, "grade decided", subject(after))
                .summary(decision.rationale())
                .values(null, decided)
                .by(actor.name()));
    }

    private static String subject(School school) {
        return "school " + school.urn() + ": " + school.name();
    }

    private static String subject(RoleProfile profile) {
        return "role profile %d: %s, %s"
                .formatted(
                        profile.id(),
                        profile.content().postTitle(),
                        profile.school().name());
    }

    private static Map<String, @Nullable Object> workflowState(RoleProfile profile) {
        Map<String, @Nullable Object> state = new LinkedHashMap<>();
        state.put("status", profile.status().label());
        state.put("currentVersion", profile.currentVersion());
        state.put("approvedVersion", profile.approvedVersion());
        state.put("grade", profile.content().grade());
        return state;
    }
}
