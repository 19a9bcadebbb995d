package org.rolebook.importing;

/** Text of an imported file that fits no field; kept and shown, never dropped. */
public record Unplaced(int line, String text) {}
