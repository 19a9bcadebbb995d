package org.rolebook.roleprofile;

/** The orders a list of role profiles can be sorted in. */
public enum ProfileSort {
    TITLE,
    GRADE,
    UPDATED,
    SCHOOL
}
