package org.rolebook.security;

/** A token just made: the stored record, and the token itself, which is shown this once and kept nowhere. */
public record NewToken(ApiToken token, String secret) {}
