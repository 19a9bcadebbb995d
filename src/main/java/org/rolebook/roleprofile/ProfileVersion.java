package org.rolebook.roleprofile;

import java.time.Instant;

/** One saved version of a role profile. */
public record ProfileVersion(int version, ProfileContent content, String savedBy, Instant savedAt) {}
