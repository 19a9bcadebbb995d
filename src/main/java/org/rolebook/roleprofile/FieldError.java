package org.rolebook.roleprofile;

/** A field of a role profile and what is wrong with its value. */
public record FieldError(String field, String message) {}
