package org.rolebook.roleprofile;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A post's role profile at its current version. It guards its own workflow: each transition
 * refuses the states it does not start from, and returns the event to record.
 *
 * @param approvedVersion the version that counts as the post's grade, if one was approved
 * @param lockVersion changes on every save and action; a save based on an older one is refused
 * @param needsAttention an imported profile whose fields need putting right (such as a date that does not exist)
 */
public record RoleProfile(
        long id,
        School school,
        Status status,
        int currentVersion,
        @Nullable Integer approvedVersion,
        int lockVersion,
        boolean needsAttention,
        ProfileContent content,
        Instant updatedAt) {

    public WorkflowEvent submit(Actor actor, Instant at) {
        return submit(actor, null, at);
    }

    /** Submits for evaluation, with the editor's comment to the evaluator when there is one. */
    public WorkflowEvent submit(Actor actor, @Nullable String comment, Instant at) {
        require("submit", status == Status.DRAFT || status == Status.RETURNED);
        if (needsAttention || !content.problems().isEmpty()) {
            throw new InvalidProfile(
                    content.problems().isEmpty()
                            ? java.util.List.of(
                                    new FieldError("status", "Put right the imported fields before submitting"))
                            : content.problems());
        }
        return event(
                "submitted",
                Status.SUBMITTED,
                actor,
                comment == null || comment.isBlank() ? null : comment.strip(),
                at);
    }

    public WorkflowEvent approve(Actor actor, @Nullable String comment, Instant at) {
        require("approve", status == Status.SUBMITTED);
        return event("approved", Status.APPROVED, actor, comment, at);
    }

    public WorkflowEvent returnWithComment(Actor actor, String comment, Instant at) {
        require("return", status == Status.SUBMITTED);
        if (comment.isBlank()) {
            throw new InvalidProfile(java.util.List.of(new FieldError("comment", "Say what needs changing")));
        }
        return event("returned", Status.RETURNED, actor, comment, at);
    }

    public WorkflowEvent archive(Actor actor, @Nullable String comment, Instant at) {
        require("archive", status != Status.ARCHIVED && status != Status.SUBMITTED);
        return event("archived", Status.ARCHIVED, actor, comment, at);
    }

    /** A new version of the content: an approved profile keeps its approved version until the new one is approved. */
    public Status statusAfterEdit() {
        require("edit", status.editable());
        return Status.DRAFT;
    }

    /**
     * The profile as its approved version stands, for a reader who sees approved profiles only: a
     * new version being written over it is not theirs to see.
     *
     * @param approvedContent the content of the approved version
     * @param approvedAt when that version was approved
     */
    public RoleProfile asApproved(ProfileContent approvedContent, Instant approvedAt) {
        if (approvedVersion == null) {
            throw new IllegalStateException("role profile " + id + " has no approved version");
        }
        return new RoleProfile(
                id,
                school,
                Status.APPROVED,
                approvedVersion,
                approvedVersion,
                lockVersion,
                false,
                approvedContent,
                approvedAt);
    }

    private void require(String action, boolean allowed) {
        if (!allowed) {
            throw new WorkflowRefused(action, status);
        }
    }

    private WorkflowEvent event(String action, Status to, Actor actor, @Nullable String comment, Instant at) {
        return new WorkflowEvent(
                action, status, to, actor.name(), comment == null || comment.isBlank() ? null : comment.strip(), at);
    }
}
