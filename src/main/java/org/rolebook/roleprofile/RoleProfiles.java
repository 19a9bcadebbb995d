package org.rolebook.roleprofile;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.FrameworkCatalogue;
import org.rolebook.framework.UnknownInCatalogue;
import org.rolebook.roleprofile.internal.DecisionStore;
import org.rolebook.roleprofile.internal.ProfileStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The role profiles of every post in every school: creating and editing them (every save a new
 * version), their workflow, and finding them.
 */
@Service
public class RoleProfiles {

    private final ProfileStore profiles;
    private final Schools schools;
    private final DecisionStore decisions;
    private final FrameworkCatalogue catalogue;
    private final ProfileAudit audit;
    private final ObjectProvider<GradeAdvisor> advisor;
    private final Clock clock;

    RoleProfiles(
            ProfileStore profiles,
            Schools schools,
            DecisionStore decisions,
            FrameworkCatalogue catalogue,
            ProfileAudit audit,
            ObjectProvider<GradeAdvisor> advisor) {
        this.profiles = profiles;
        this.schools = schools;
        this.decisions = decisions;
        this.catalogue = catalogue;
        this.audit = audit;
        this.advisor = advisor;
        this.clock = Clock.systemUTC();
    }

    /** A new draft; refused, with every field at fault named, when a field is wrong. */
    @Transactional
    public RoleProfile create(long schoolId, ProfileContent content, Actor actor) {
        require(content);
        RoleProfile created = store(schools.get(schoolId), content, false, actor);
        audit.created(created, content, actor);
        return created;
    }

    /**
     * An imported profile: stored even when fields need putting right (such as a date that does not
     * exist), marked as needing attention, so that nothing the document said is lost.
     */
    @Transactional
    public RoleProfile importProfile(long schoolId, ProfileContent content, Actor actor) {
        List<FieldError> problems = frameworkProblems(content);
        if (!problems.isEmpty()) {
            throw new InvalidProfile(problems);
        }
        RoleProfile imported =
                store(schools.get(schoolId), content, !content.problems().isEmpty(), actor);
        audit.imported(imported, content, actor);
        return imported;
    }

    private RoleProfile store(School school, ProfileContent content, boolean needsAttention, Actor actor) {
        Instant now = clock.instant();
        long id = profiles.insert(school, content, Status.DRAFT, needsAttention, actor.name(), now);
        profiles.insertEvent(id, new WorkflowEvent("created", null, Status.DRAFT, actor.name(), null, now));
        return new RoleProfile(id, school, Status.DRAFT, 1, null, 1, needsAttention, content, now);
    }

    /** Saves a new version, provided nobody saved since {@code expectedLock} was read. */
    @Transactional
    public RoleProfile update(long id, int expectedLock, ProfileContent content, Actor actor) {
        RoleProfile profile = get(id);
        require(content);
        if (profile.lockVersion() != expectedLock) {
            throw new ConcurrentEdit(profile, content);
        }
        Status status = profile.statusAfterEdit();
        if (!profiles.saveVersion(profile, expectedLock, content, status, actor.name(), clock.instant())) {
            throw new ConcurrentEdit(get(id), content);
        }
        if (profile.status() != status) {
            profiles.insertEvent(
                    id, new WorkflowEvent("edited", profile.status(), status, actor.name(), null, clock.instant()));
        }
        RoleProfile saved = get(id);
        audit.edited(profile, saved, actor);
        return saved;
    }

    @Transactional
    public RoleProfile submit(long id, int expectedLock, Actor actor) {
        return submit(id, expectedLock, actor, null);
    }

    /** Submits for evaluation, keeping the editor's comment to the evaluator when there is one. */
    @Transactional
    public RoleProfile submit(long id, int expectedLock, Actor actor, @Nullable String comment) {
        RoleProfile profile = current(id, expectedLock);
        return record(profile, expectedLock, profile.submit(actor, comment, clock.instant()));
    }

    /**
     * Approves the current version at its grade and records the grade decision beside the grade
     * suggested for it. Refused, naming "rationale", when the grade differs from the suggestion and
     * no rationale is given.
     */
    @Transactional
    public RoleProfile approve(
            long id, int expectedLock, Actor actor, @Nullable String comment, @Nullable String rationale) {
        return approve(id, expectedLock, actor, comment, rationale, null);
    }

    /**
     * Approves the current version at the decided grade ({@code null}: the grade it states) and
     * records the grade decision beside the grade suggested. Another grade of the profile's family
     * is saved first as a new version with only the grade changed ("regraded", audited like an
     * edit), and that version is approved. Refused, with nothing changed, naming "grade" for a grade
     * the family does not have, and naming "rationale" when no rationale is given for a decided
     * grade other than the stated one or the suggested one.
     */
    @Transactional
    public RoleProfile approve(
            long id,
            int expectedLock,
            Actor actor,
            @Nullable String comment,
            @Nullable String rationale,
            @Nullable Integer grade) {
        RoleProfile profile = current(id, expectedLock);
        Instant now = clock.instant();
        WorkflowEvent approved = profile.approve(actor, comment, now); // refuses all but a submitted profile
        int stated = profile.content().grade();
        if (grade == null || grade == stated) {
            GradeDecision decision =
                    GradeDecision.approving(profile, advice(profile.content()).orElse(null), rationale, actor, now);
            return decided(record(profile, expectedLock, approved), decision, actor);
        }
        List<FieldError> problems = FrameworkCheck.problemsAtGrade(catalogue, profile.content(), grade);
        if (!problems.isEmpty()) {
            throw new InvalidProfile(problems);
        }
        ProfileContent regraded = profile.content().withGrade(grade);
        GradeDecision decision = GradeDecision.approving(
                profile,
                regraded,
                profile.currentVersion() + 1,
                advice(regraded).orElse(null),
                rationale,
                actor,
                now);
        if (!profiles.saveVersion(profile, expectedLock, regraded, Status.SUBMITTED, actor.name(), now)) {
            throw new ConcurrentEdit(get(id), profile.content());
        }
        String change = "Grade %d → Grade %d at approval".formatted(stated, grade);
        profiles.insertEvent(
                id, new WorkflowEvent("regraded", Status.SUBMITTED, Status.SUBMITTED, actor.name(), change, now));
        RoleProfile saved = get(id);
        audit.regraded(profile, saved, change, actor);
        return decided(record(saved, saved.lockVersion(), saved.approve(actor, comment, now)), decision, actor);
    }

    private RoleProfile decided(RoleProfile after, GradeDecision decision, Actor actor) {
        decisions.insert(decision);
        audit.decided(after, decision, actor);
        return after;
    }

    /** What grade suggestion makes of this content; empty when no module suggests grades. */
    public Optional<GradeAdvice> advice(ProfileContent content) {
        GradeAdvisor available = advisor.getIfAvailable();
        return available == null ? Optional.empty() : Optional.of(available.advise(content));
    }

    /** The grade decisions on a profile, oldest first. */
    public List<GradeDecision> decisions(long id) {
        return decisions.of(id);
    }

    @Transactional
    public RoleProfile returnWithComment(long id, int expectedLock, Actor actor, String comment) {
        RoleProfile profile = current(id, expectedLock);
        return record(profile, expectedLock, profile.returnWithComment(actor, comment, clock.instant()));
    }

    @Transactional
    public RoleProfile archive(long id, int expectedLock, Actor actor, @Nullable String comment) {
        RoleProfile profile = current(id, expectedLock);
        return record(profile, expectedLock, profile.archive(actor, comment, clock.instant()));
    }

    public RoleProfile get(long id) {
        return profiles.byId(id).orElseThrow(() -> new UnknownInCatalogue("id", "no role profile with id " + id));
    }

    /**
     * The profile, when the signed-in user may see it (see {@link ProfileQuery.Visibility#of}); a
     * profile hidden from them is not found. Outside a web request (the command line) every profile.
     */
    public RoleProfile getVisible(long id) {
        return shownTo(id, ProfileQuery.Visibility.of(org.rolebook.security.CurrentUser.now()));
    }

    /**
     * The profile as the reader sees it: as it stands for those who see every state of its school
     * (null: every school); as its approved version for the others, or not found while it has none.
     */
    public RoleProfile shownTo(long id, ProfileQuery.@Nullable Visibility visibility) {
        RoleProfile profile = get(id);
        if (visibility == null || visibility.seesAllStatesOf(profile) || profile.status() == Status.APPROVED) {
            return profile;
        }
        return Optional.of(profile)
                .filter(visibility::sees)
                .flatMap(shown -> profiles.approvedById(id))
                .orElseThrow(() -> new UnknownInCatalogue("id", "no role profile with id " + id));
    }

    public List<ProfileVersion> versions(long id) {
        get(id);
        return profiles.versions(id);
    }

    /**
     * The grade that counts for the post: the approved version's grade, or {@code null} while no
     * version has been approved.
     */
    public @Nullable Integer approvedGrade(RoleProfile profile) {
        Integer approved = profile.approvedVersion();
        if (approved == null) {
            return null;
        }
        if (approved == profile.currentVersion()) {
            return profile.content().grade();
        }
        return profiles.versions(profile.id()).stream()
                .filter(v -> v.version() == approved)
                .map(v -> v.content().grade())
                .findFirst()
                .orElse(null);
    }

    public List<WorkflowEvent> history(long id) {
        return profiles.history(id);
    }

    public ProfilePage list(ProfileQuery query) {
        return profiles.list(query);
    }

    private RoleProfile current(long id, int expectedLock) {
        RoleProfile profile = get(id);
        if (profile.lockVersion() != expectedLock) {
            throw new ConcurrentEdit(profile, profile.content());
        }
        return profile;
    }

    private RoleProfile record(RoleProfile profile, int expectedLock, WorkflowEvent event) {
        if (event.to() == Status.APPROVED && profile.approvedVersion() != null) {
            profiles.insertEvent(
                    profile.id(),
                    new WorkflowEvent(
                            "superseded",
                            Status.APPROVED,
                            Status.APPROVED,
                            event.actor(),
                            "version %d superseded by version %d"
                                    .formatted(profile.approvedVersion(), profile.currentVersion()),
                            event.at()));
        }
        if (!profiles.record(profile, expectedLock, event)) {
            throw new ConcurrentEdit(get(profile.id()), profile.content());
        }
        RoleProfile after = get(profile.id());
        audit.stepped(profile, after, event);
        return after;
    }

    /** Every field of this content at fault, against itself and the framework in force; empty when it may be saved. */
    public List<FieldError> problems(ProfileContent content) {
        List<FieldError> problems = new ArrayList<>(content.problems());
        problems.addAll(frameworkProblems(content));
        return problems;
    }

    private void require(ProfileContent content) {
        List<FieldError> problems = problems(content);
        if (!problems.isEmpty()) {
            throw new InvalidProfile(problems);
        }
    }

    private List<FieldError> frameworkProblems(ProfileContent content) {
        return FrameworkCheck.problems(catalogue, content);
    }
}
