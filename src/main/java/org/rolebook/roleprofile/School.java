package org.rolebook.roleprofile;

import org.jspecify.annotations.Nullable;

/**
 * A school whose posts have role profiles.
 *
 * @param urn the school's unique reference number
 * @param pupils its size in pupils, when known
 */
public record School(
        long id,
        String urn,
        String name,
        Phase phase,
        @Nullable Integer pupils) {}
